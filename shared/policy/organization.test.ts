import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FieldGroup, OrgRole, Visibility } from "./terms.ts";
import {
  type OrganizationAction,
  type ProfileViewer,
  checkOrganization,
  seesGroup,
  viewerLevel,
  visibleAt,
} from "./organization.ts";

const visibility = fc.constantFrom(...Visibility.options);
const viewer: fc.Arbitrary<ProfileViewer> = fc
  .record({
    signedIn: fc.boolean(),
    platformAdmin: fc.boolean(),
    role: fc.option(fc.constantFrom(...OrgRole.options), { nil: null }),
  })
  .map((v) => (v.signedIn ? v : { signedIn: false, platformAdmin: false, role: null }));
const org = fc.record({
  hidden: fc.boolean(),
  visibility: fc.record({
    mission: visibility,
    work: visibility,
    posture: visibility,
    contacts: visibility,
  }),
});
const plainActions: OrganizationAction[] = [
  "organization.read",
  "organization.manage",
  "organization.readMembers",
  "organization.verify",
];

describe("the organisation policy", () => {
  it("makes a hidden organisation unknown to everyone outside it but platform administrators", () => {
    fc.assert(
      fc.property(viewer, org, fc.constantFrom(...plainActions), (v, o, action) => {
        fc.pre(o.hidden && !v.role && !v.platformAdmin);
        expect(checkOrganization(v, o, action as "organization.read")).toMatchObject({
          allowed: false,
          refusal: "unknown",
        });
      }),
    );
  });

  it("shows each field group to viewers at or inside its visibility, and every group to members", () => {
    fc.assert(
      fc.property(viewer, org, fc.constantFrom(...FieldGroup.options), (v, o, group) => {
        const level = viewerLevel(v);
        const sees = checkOrganization(v, o, "organization.readGroup", { group }).allowed;
        expect(sees).toBe(
          (!o.hidden || !!v.role || v.platformAdmin) &&
            visibleAt(level).includes(o.visibility[group]),
        );
        if (v.role) expect(seesGroup(level, o.visibility[group])).toBe(true);
      }),
    );
  });

  it("lets only owners make or unmake owners, and only owners and admins manage", () => {
    fc.assert(
      fc.property(
        viewer,
        org,
        fc.constantFrom(...OrgRole.options),
        fc.constantFrom(...OrgRole.options),
        (v, o, from, to) => {
          const changes = checkOrganization(v, o, "organization.changeRole", { from, to }).allowed;
          if (changes) expect(["owner", "admin"]).toContain(v.role);
          if (changes && (from === "owner" || to === "owner")) expect(v.role).toBe("owner");
          expect(checkOrganization(v, o, "organization.manage").allowed).toBe(
            v.role === "owner" || v.role === "admin",
          );
        },
      ),
    );
  });

  it("asks a signed-out viewer to sign in, never reveals a hidden organisation to them", () => {
    const anonymous = { signedIn: false, platformAdmin: false, role: null };
    const shown = {
      mission: "public",
      work: "public",
      posture: "members",
      contacts: "signed_in",
    } as const;
    expect(
      checkOrganization(anonymous, { hidden: false, visibility: shown }, "organization.manage"),
    ).toMatchObject({ refusal: "signIn" });
    expect(
      checkOrganization(anonymous, { hidden: true, visibility: shown }, "organization.manage"),
    ).toMatchObject({ refusal: "unknown" });
    expect(visibleAt("signed_in")).toEqual(["public", "signed_in"]);
  });
});
