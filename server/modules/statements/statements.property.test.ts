import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublicStatement, Statement } from "../../../shared/statements/api.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { coalitionWithEveryRole } from "../meetings/meetings.fixtures.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const answers = ["public", "private", "decline"] as const;

/** One step before publishing: an organisation answers the current version, or a new version comes. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant("answer" as const),
    who: fc.nat(3),
    answer: fc.constantFrom(...answers),
  }),
  fc.record({ kind: fc.constant("version" as const) }),
);

/*
 * Whatever the sequence of answers and versions, the public page names exactly the
 * organisations whose last answer was a public signature of the published version.
 */
describe.each(backends)("the public page of a statement on %s", (backend) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof coalitionWithEveryRole>>;
  let signers: { as: SignedIn; org: string; name: string }[];

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await coalitionWithEveryRole(t);
    signers = (["convener", "coLead", "partner", "observer"] as const).map((role) => ({
      as: w.people[role],
      org: w.org[role],
      name: w.names[role],
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it("names exactly the public signers of the published version", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 10 }),
        fc.array(step, { maxLength: 4 }),
        async (before, after) => {
          run++;
          const made = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
            as: w.people.convener,
            payload: {
              title: text(`Statement ${run}`),
              text: text(`Text ${run}.`),
              showPrivateCount: true,
            },
          });
          let s = Statement.parse(made.json());
          await call(t, "PATCH", `/api/v1/statements/${s.id}`, {
            as: w.people.convener,
            payload: { status: "open" },
          });
          /** The model: each organisation's last answer and the version it was given on. */
          const last = new Map<string, { answer: string; version: number }>();
          let version = 1;
          const play = async (steps: typeof before, published: boolean) => {
            for (const [n, x] of steps.entries()) {
              if (x.kind === "version") {
                const added = await call(t, "POST", `/api/v1/statements/${s.id}/versions`, {
                  as: w.people.convener,
                  payload: {
                    title: text(`Statement ${run}.${n}`),
                    text: text(`Text ${run}, version ${n}.`),
                  },
                });
                // A published statement takes no new version.
                expect(added.statusCode).toBe(published ? 409 : 200);
                if (!published) {
                  s = Statement.parse(added.json());
                  version++;
                }
                continue;
              }
              const who = signers[x.who]!;
              const answered = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
                as: who.as,
                payload: { organizationId: who.org, answer: x.answer, versionId: s.current.id },
              });
              expect(answered.statusCode, answered.body).toBe(200);
              last.set(who.org, { answer: x.answer, version });
            }
          };
          await play(before, false);
          const published = await call(t, "POST", `/api/v1/statements/${s.id}/publish`, {
            as: w.people.convener,
          });
          expect(published.statusCode, published.body).toBe(200);
          const publishedVersion = version;
          await play(after, true);

          const page = PublicStatement.parse(
            (await call(t, "GET", `/api/v1/public/statements/${s.id}`)).json(),
          );
          const expected = signers
            .filter((o) => {
              const a = last.get(o.org);
              return a?.answer === "public" && a.version === publishedVersion;
            })
            .map((o) => o.name)
            .sort();
          expect(page.signatories.map((o) => o.name).sort()).toEqual(expected);
          const privately = [...last.values()].filter(
            (a) => a.answer === "private" && a.version === publishedVersion,
          ).length;
          expect(page.privateSupporters).toBe(privately >= 3 ? privately : null);
          const html = await call(t, "GET", `/p/statements/${s.id}`);
          for (const o of signers) {
            expect(html.body.includes(o.name), o.name).toBe(expected.includes(o.name));
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
