import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Organization } from "../../../shared/organizations.ts";
import type { Taxonomies } from "../../../shared/taxonomies.ts";
import {
  createOrganization,
  sampleOrganization,
  type SignedIn,
  signedInUser,
} from "../../test/actors.ts";
import sharp from "sharp";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { blackAndWhitePng } from "../../test/images.ts";
import { addMember, call, databaseState, expectProblem, pngBytes } from "../../test/org-helpers.ts";

/** Keys every viewer gets, whatever the visibility settings say. */
const alwaysShown = [
  "acronym",
  "createdAt",
  "headquartersCountry",
  "id",
  "level",
  "logoUrl",
  "myRole",
  "name",
  "permissions",
  "types",
  "updatedAt",
  "verified",
  "verifiedAt",
  "verifiedBy",
  "website",
];
const groupKeys = {
  mission: ["mission", "description"],
  work: ["countries", "regions", "issues", "capacities", "workingLanguages", "sizeBand"],
  posture: ["postures"],
  contacts: ["contacts"],
  settings: ["visibility", "hiddenFromDirectory", "discoverable"],
} as const;
type Group = keyof typeof groupKeys;
const keysFor = (groups: Group[]) =>
  [...alwaysShown, ...groups.flatMap((g) => groupKeys[g])].sort();

describe.each(backends)("organisations on %s", (backend) => {
  let t: TestApp;
  let regionOf: Map<string, string>;
  // People are shared between tests; each test creates the organisations it looks at.
  let owner: SignedIn;
  let admin: SignedIn;
  let member: SignedIn;
  let outsider: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend);
    owner = await signedInUser(t, "owner");
    admin = await signedInUser(t, "admin");
    member = await signedInUser(t, "member");
    outsider = await signedInUser(t, "outsider");
    const taxonomies = (await call(t, "GET", "/api/v1/taxonomies")).json() as Taxonomies;
    regionOf = new Map(
      (taxonomies.country ?? []).flatMap((c) => (c.region ? [[c.key, c.region] as const] : [])),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const fullProfile = sampleOrganization({
    description: { original: "en", texts: { en: "Lawyers in Amman and Beirut." } },
    website: "https://shlan.example",
    sizeBand: undefined,
    postures: [],
    contacts: [{ name: "Layla Haddad", role: "Director", email: "layla@shlan.example" }],
  });

  describe("creating", () => {
    it("makes the creator its only member, as owner", async () => {
      const response = await call(t, "POST", "/api/v1/organizations", {
        as: owner,
        payload: fullProfile,
      });

      expect(response.statusCode, response.body).toBe(201);
      const created = response.json() as Organization;
      expect(created).toMatchObject({
        name: fullProfile.name,
        acronym: "SHLAN",
        myRole: "owner",
        verified: false,
        verifiedBy: null,
        hiddenFromDirectory: false,
      });
      const members = await call(t, "GET", `/api/v1/organizations/${created.id}/members`, {
        as: owner,
      });
      expect(members.json()).toMatchObject({
        items: [{ userId: owner.userId, role: "owner" }],
      });
      expect((members.json() as { items: unknown[] }).items).toHaveLength(1);
    });

    it("refuses an unknown taxonomy key with 422 naming each wrong field", async () => {
      const before = await databaseState(t);

      const response = await call(t, "POST", "/api/v1/organizations", {
        as: owner,
        payload: sampleOrganization({
          issues: ["arbitrary_detention", "no_such_issue"],
          capacities: ["teleportation"],
        }),
      });

      const problem = expectProblem(response, 422);
      expect(problem.errors).toEqual(
        expect.arrayContaining([
          { field: "body.issues", message: expect.stringContaining("no_such_issue") },
          { field: "body.capacities", message: expect.stringContaining("teleportation") },
        ]),
      );
      expect(problem.errors?.map((e) => e.field)).not.toContain("body.types");
      expect(await databaseState(t)).toEqual(before);
    });

    it("refuses a country that is not in the vocabulary", async () => {
      const response = await call(t, "POST", "/api/v1/organizations", {
        as: owner,
        payload: sampleOrganization({ countries: ["JO", "XX"] }),
      });

      const problem = expectProblem(response, 422);
      expect(problem.errors).toEqual([
        { field: "body.countries", message: expect.stringContaining("XX") },
      ]);
    });

    it("refuses a malformed profile with 400 before looking at the vocabularies", async () => {
      const response = await call(t, "POST", "/api/v1/organizations", {
        as: owner,
        payload: sampleOrganization({ types: [], headquartersCountry: "jordan" }),
      });

      const problem = expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toEqual(
        expect.arrayContaining(["body.types", "body.headquartersCountry"]),
      );
    });

    it("asks an anonymous visitor to sign in first", async () => {
      const before = await databaseState(t);

      const response = await call(t, "POST", "/api/v1/organizations", { payload: fullProfile });

      expectProblem(response, 401);
      expect(await databaseState(t)).toEqual(before);
    });

    it("derives regions from the headquarters and the countries of operation", async () => {
      const countries = ["JO", "LB", "CO"];
      const expected = (codes: string[]) =>
        [...new Set(codes.map((c) => regionOf.get(c)))].filter(Boolean).sort();
      // Jordan and Lebanon share a region, so three countries give two regions plus France's.
      expect(expected([...countries, "FR"])).toHaveLength(3);

      const created = await call(t, "POST", "/api/v1/organizations", {
        as: owner,
        payload: sampleOrganization({ headquartersCountry: "FR", countries }),
      });
      expect(created.statusCode, created.body).toBe(201);
      const org = created.json() as Organization;
      expect(org.regions).toEqual(expected([...countries, "FR"]));

      const updated = await call(t, "PATCH", `/api/v1/organizations/${org.id}`, {
        as: owner,
        payload: { countries: ["CO"], headquartersCountry: null },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({
        countries: ["CO"],
        regions: expected(["CO"]),
        headquartersCountry: null,
      });
    });
  });

  describe("reading a profile", () => {
    it("shows each viewer exactly the groups the default visibility allows", async () => {
      const id = await createOrganization(t, owner, {
        ...fullProfile,
        postures: [],
      });
      await addMember(t, id, member.userId, "member");

      const asAnonymous = await call(t, "GET", `/api/v1/organizations/${id}`);
      const asOutsider = await call(t, "GET", `/api/v1/organizations/${id}`, { as: outsider });
      const asMember = await call(t, "GET", `/api/v1/organizations/${id}`, { as: member });

      expect(asAnonymous.statusCode).toBe(200);
      expect(Object.keys(asAnonymous.json()).sort()).toEqual(keysFor(["mission", "work"]));
      expect(asAnonymous.json()).toMatchObject({
        myRole: null,
        mission: fullProfile.mission,
        countries: ["JO", "LB"],
      });
      expect(asOutsider.statusCode).toBe(200);
      expect(Object.keys(asOutsider.json()).sort()).toEqual(
        keysFor(["mission", "work", "contacts"]),
      );
      expect(asOutsider.json()).toMatchObject({ myRole: null, contacts: fullProfile.contacts });
      expect(asMember.statusCode).toBe(200);
      expect(Object.keys(asMember.json()).sort()).toEqual(
        keysFor(["mission", "work", "posture", "contacts", "settings"]),
      );
      expect(asMember.json()).toMatchObject({
        myRole: "member",
        postures: [],
        visibility: {
          mission: "public",
          work: "public",
          posture: "members",
          contacts: "signed_in",
        },
      });
    });

    it("hides every group an owner restricted, and only those", async () => {
      const id = await createOrganization(t, owner, {
        ...fullProfile,
        visibility: {
          mission: "members",
          work: "signed_in",
          posture: "public",
          contacts: "members",
        },
      });
      await addMember(t, id, member.userId, "admin");

      const asAnonymous = (await call(t, "GET", `/api/v1/organizations/${id}`)).json();
      const asOutsider = (
        await call(t, "GET", `/api/v1/organizations/${id}`, { as: outsider })
      ).json();
      const asMember = (await call(t, "GET", `/api/v1/organizations/${id}`, { as: member })).json();

      expect(Object.keys(asAnonymous).sort()).toEqual(keysFor(["posture"]));
      expect(Object.keys(asOutsider).sort()).toEqual(keysFor(["work", "posture"]));
      expect(Object.keys(asMember).sort()).toEqual(
        keysFor(["mission", "work", "posture", "contacts", "settings"]),
      );
      expect(asMember).toMatchObject({ myRole: "admin", mission: fullProfile.mission });
    });

    it("answers 404 to outsiders for an organisation hidden from the directory, but not to its members", async () => {
      const id = await createOrganization(t, owner, { hiddenFromDirectory: true });
      await addMember(t, id, member.userId, "member");

      expectProblem(await call(t, "GET", `/api/v1/organizations/${id}`), 404);
      expectProblem(await call(t, "GET", `/api/v1/organizations/${id}`, { as: outsider }), 404);
      const asMember = await call(t, "GET", `/api/v1/organizations/${id}`, { as: member });
      expect(asMember.statusCode).toBe(200);
      expect(asMember.json()).toMatchObject({ id, hiddenFromDirectory: true, myRole: "member" });
    });

    it("answers 404 for an organisation that does not exist", async () => {
      const response = await call(
        t,
        "GET",
        "/api/v1/organizations/0190a7e4-5b1c-7c6e-9d2f-3a4b5c6d7e8f",
      );
      expect(expectProblem(response, 404).detail).toBe("No such organisation.");
    });
  });

  describe("updating", () => {
    it("lets the owner and an admin change the profile", async () => {
      const id = await createOrganization(t, owner);
      await addMember(t, id, admin.userId, "admin");

      const byOwner = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { name: "Sawt al-Haqq Legal Network", acronym: null },
      });
      const byAdmin = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: admin,
        payload: { issues: ["torture"], website: "https://sawt.example" },
      });

      expect(byOwner.statusCode, byOwner.body).toBe(200);
      expect(byOwner.json()).toMatchObject({ name: "Sawt al-Haqq Legal Network", acronym: null });
      expect(byAdmin.statusCode, byAdmin.body).toBe(200);
      const reread = (await call(t, "GET", `/api/v1/organizations/${id}`)).json();
      expect(reread).toMatchObject({
        name: "Sawt al-Haqq Legal Network",
        acronym: null,
        issues: ["torture"],
        website: "https://sawt.example",
        // Fields the patches did not mention keep their values.
        capacities: ["litigation", "legal_analysis"],
        countries: ["JO", "LB"],
      });
    });

    it("keeps a hidden organisation hidden, with its visibility, when a patch renames it", async () => {
      const visibility = {
        mission: "members",
        work: "signed_in",
        posture: "members",
        contacts: "members",
      } as const;
      const id = await createOrganization(t, owner, {
        ...fullProfile,
        visibility,
        hiddenFromDirectory: true,
      });

      const response = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { name: "Renamed Network" },
      });

      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        name: "Renamed Network",
        hiddenFromDirectory: true,
        visibility,
        countries: ["JO", "LB"],
        contacts: fullProfile.contacts,
      });
      expectProblem(await call(t, "GET", `/api/v1/organizations/${id}`), 404);
    });

    it("refuses a plain member with 403 and changes nothing", async () => {
      const id = await createOrganization(t, owner);
      await addMember(t, id, member.userId, "member");
      const before = await databaseState(t);

      const response = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: member,
        payload: { name: "Taken over" },
      });

      expectProblem(response, 403);
      expect(await databaseState(t)).toEqual(before);
    });

    it("refuses an outsider with 403, or 404 when the organisation is hidden", async () => {
      const listed = await createOrganization(t, owner);
      const hidden = await createOrganization(t, owner, { hiddenFromDirectory: true });

      expectProblem(
        await call(t, "PATCH", `/api/v1/organizations/${listed}`, {
          as: outsider,
          payload: { name: "Taken over" },
        }),
        403,
      );
      expectProblem(
        await call(t, "PATCH", `/api/v1/organizations/${hidden}`, {
          as: outsider,
          payload: { name: "Taken over" },
        }),
        404,
      );
      const names = await Promise.all(
        [listed, hidden].map(
          async (id) =>
            (
              (await call(t, "GET", `/api/v1/organizations/${id}`, { as: owner })).json() as {
                name: string;
              }
            ).name,
        ),
      );
      expect(names).toEqual([fullProfile.name, fullProfile.name]);
    });

    it("refuses an unknown taxonomy key on update, naming the field", async () => {
      const id = await createOrganization(t, owner);

      const response = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { level: "galactic" },
      });

      expect(expectProblem(response, 422).errors).toEqual([
        { field: "body.level", message: expect.stringContaining("galactic") },
      ]);
    });
  });

  describe("listing my organisations", () => {
    it("lists the organisations I belong to, by name, with my role and the member count", async () => {
      const me = await signedInUser(t, "me");
      const colleague = await signedInUser(t, "colleague");
      const mine = await createOrganization(t, me, { name: "Zeitouna Relief" });
      const theirs = await createOrganization(t, colleague, { name: "Amal Rights Watch" });
      await addMember(t, theirs, me.userId, "admin");
      await createOrganization(t, colleague, { name: "Not Mine At All" });

      const response = await call(t, "GET", "/api/v1/organizations/mine", { as: me });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        items: [
          {
            id: theirs,
            name: "Amal Rights Watch",
            acronym: "SHLAN",
            logoUrl: null,
            verified: false,
            role: "admin",
            memberCount: 2,
            // An admin manages the organisation but cannot make owners.
            permissions: {
              manage: true,
              readMembers: true,
              inviteRoles: ["admin", "member"],
              searchPartners: true,
              verify: false,
            },
          },
          {
            id: mine,
            name: "Zeitouna Relief",
            acronym: "SHLAN",
            logoUrl: null,
            verified: false,
            role: "owner",
            memberCount: 1,
            permissions: {
              manage: true,
              readMembers: true,
              inviteRoles: ["owner", "admin", "member"],
              searchPartners: true,
              verify: false,
            },
          },
        ],
      });
    });

    it("asks an anonymous visitor to sign in", async () => {
      expectProblem(await call(t, "GET", "/api/v1/organizations/mine"), 401);
    });
  });

  describe("logo", () => {
    const upload = (id: string, as: SignedIn, bytes: Buffer) =>
      call(t, "PUT", `/api/v1/organizations/${id}/logo`, {
        as,
        payload: bytes,
        headers: { "content-type": "image/png" },
      });

    it("stores a re-encoded PNG and serves it as an inert download", async () => {
      const id = await createOrganization(t, owner);

      const response = await upload(id, owner, pngBytes);

      expect(response.statusCode, response.body).toBe(200);
      const logoUrl = (response.json() as Organization).logoUrl;
      expect(logoUrl).toMatch(new RegExp(`^/api/v1/organizations/${id}/logo\\?v=`));
      const served = await call(t, "GET", logoUrl ?? "");
      expect(served.statusCode).toBe(200);
      expect(served.headers["content-type"]).toBe("image/png");
      expect(await sharp(served.rawPayload).metadata()).toMatchObject({
        format: "png",
        width: 1,
        height: 1,
      });
      // A navigation to it runs nothing in our origin and downloads it; an <img> still shows it.
      expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
      expect(served.headers["x-content-type-options"]).toBe("nosniff");
      expect(served.headers["content-disposition"]).toBe('attachment; filename="logo.png"');
      expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
        logoUrl,
      });
    });

    it("keeps only the pixels of a PNG that carries HTML after its end", async () => {
      const id = await createOrganization(t, owner);
      const polyglot = Buffer.concat([
        pngBytes,
        Buffer.from("<html><script>alert(document.cookie)</script></html>"),
      ]);

      const response = await upload(id, owner, polyglot);

      expect(response.statusCode, response.body).toBe(200);
      const served = await call(t, "GET", (response.json() as Organization).logoUrl ?? "");
      expect(served.statusCode).toBe(200);
      expect(served.rawPayload.includes("<script")).toBe(false);
      expect(served.rawPayload.includes("<html")).toBe(false);
      expect(await sharp(served.rawPayload).metadata()).toMatchObject({ format: "png", width: 1 });
    });

    it("shrinks a large logo to 512 pixels a side, in the format it came in", async () => {
      const id = await createOrganization(t, owner);
      const photo = await sharp({
        create: { width: 1600, height: 900, channels: 3, background: "#2a7" },
      })
        .jpeg()
        .withMetadata({ exif: { IFD0: { Copyright: "Somewhere secret" } } })
        .toBuffer();

      const response = await call(t, "PUT", `/api/v1/organizations/${id}/logo`, {
        as: owner,
        payload: photo,
        headers: { "content-type": "image/jpeg" },
      });

      expect(response.statusCode, response.body).toBe(200);
      const served = await call(t, "GET", (response.json() as Organization).logoUrl ?? "");
      expect(served.headers["content-type"]).toBe("image/jpeg");
      expect(served.headers["content-disposition"]).toBe('attachment; filename="logo.jpg"');
      const stored = await sharp(served.rawPayload).metadata();
      expect(stored).toMatchObject({ format: "jpeg", width: 512, height: 288 });
      expect(stored.exif).toBeUndefined();
      expect(served.rawPayload.includes("Somewhere secret")).toBe(false);
    });

    it.each([
      ["a text file", () => Buffer.from("definitely not an image\n")],
      [
        "an SVG with a script",
        () =>
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>',
          ),
      ],
      [
        "a GIF",
        () => Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64"),
      ],
      ["a PNG cut short", () => pngBytes.subarray(0, 40)],
      [
        "only a PNG's first bytes",
        () => Buffer.concat([pngBytes.subarray(0, 8), Buffer.from("<html>")]),
      ],
    ])("refuses %s that claims to be a PNG", async (_label, bytes) => {
      const id = await createOrganization(t, owner);

      const response = await upload(id, owner, bytes());

      expect(expectProblem(response, 422).detail).toBe(
        "The logo must be a PNG, JPEG or WebP image.",
      );
      expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
        logoUrl: null,
      });
      expectProblem(await call(t, "GET", `/api/v1/organizations/${id}/logo`), 404);
    });

    it.each([
      // Within sharp's own default limit (16384²), so only ours refuses it.
      ["a complete 12000 × 12000 image", blackAndWhitePng(12000, 12000)],
      ["a header declaring 20000 × 20000", blackAndWhitePng(20000, 20000, 10)],
    ])("refuses a decompression bomb: %s, before decoding it", async (_label, bomb) => {
      expect(bomb.length).toBeLessThan(64 * 1024);
      const id = await createOrganization(t, owner);
      const memoryBefore = process.memoryUsage().rss;
      const started = performance.now();

      const response = await upload(id, owner, bomb);

      expectProblem(response, 422);
      expect(performance.now() - started).toBeLessThan(2000);
      // Decoding it would take 144 to 400 million pixels of memory.
      expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(100 * 1024 * 1024);
      expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
        logoUrl: null,
      });
    });

    it("refuses an image larger than 512 KB", async () => {
      const id = await createOrganization(t, owner);
      const large = Buffer.concat([pngBytes, Buffer.alloc(513 * 1024)]);

      const response = await upload(id, owner, large);

      expect([413, 422]).toContain(response.statusCode);
      expectProblem(response, response.statusCode);
      expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
        logoUrl: null,
      });
    });

    it("refuses an upload by a plain member", async () => {
      const id = await createOrganization(t, owner);
      await addMember(t, id, member.userId, "member");

      expectProblem(await upload(id, member, pngBytes), 403);
      expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
        logoUrl: null,
      });
    });
  });
});
