import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionWithSubject,
  coalitionActions,
  insideWrites,
  standing,
  thread,
} from "./arbitraries.ts";
import {
  type CoalitionAction,
  type CoalitionStanding,
  type CoalitionSubjects,
  check,
  coalitionPermissions,
  convenerSideFor,
  isInside,
  knowsOf,
  memberPermissions,
  proposalPermissions,
  speaksFor,
  threadPermissions,
  threadSight,
  votesFor,
} from "./index.ts";

type Any = { action: CoalitionAction; subject: CoalitionSubjects[CoalitionAction] };
const verdict = (s: CoalitionStanding, { action, subject }: Any) =>
  (
    check as (
      s: CoalitionStanding,
      a: CoalitionAction,
      ...rest: unknown[]
    ) => ReturnType<typeof check>
  )(s, action, ...(subject === undefined ? [] : [subject]));

/** Actions on something that already exists inside: a proposal, meeting, item, thread or comment. */
const insideThings: CoalitionAction[] = coalitionActions()
  .filter(
    (a) =>
      /^(proposal|meeting|actionItem|comment)\./.test(a) &&
      !["proposal.open", "meeting.plan", "actionItem.create"].includes(a),
  )
  .concat(["thread.read", "thread.update"]);

describe("the coalition policy", () => {
  it("lets nobody outside a secret coalition do anything with it, and says it does not exist", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(s.coalition.visibility === "secret" && !knowsOf(s));
        expect(verdict(s, a)).toMatchObject({ allowed: false, refusal: "unknown" });
      }),
    );
  });

  it("hides what is inside a coalition from everyone not inside, exactly like a missing thing", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(insideThings.includes(a.action) && !isInside(s));
        expect(verdict(s, a)).toMatchObject({ allowed: false, refusal: "unknown" });
      }),
    );
  });

  it("gives an observer no voice", () => {
    fc.assert(
      fc.property(standing, (s) => {
        for (const o of s.organizations.filter((x) => x.membership?.role === "observer")) {
          const about = { organizationId: o.organizationId };
          expect(verdict(s, { action: "proposal.stance", subject: about }).allowed).toBe(false);
          expect(verdict(s, { action: "proposal.open", subject: about }).allowed).toBe(false);
          expect(votesFor(s)).not.toContain(o.organizationId);
        }
      }),
    );
  });

  it("removes every write inside the coalition when none of the viewer's organisations is active", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(insideWrites.includes(a.action));
        fc.pre(!s.organizations.some((o) => o.membership?.status === "active"));
        expect(verdict(s, a).allowed).toBe(false);
      }),
    );
  });

  it("lets only a representative act: an organisation's other people read", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(insideWrites.includes(a.action));
        const unrepresented: CoalitionStanding = {
          ...s,
          organizations: s.organizations.map((o) => ({
            ...o,
            membership: o.membership && { ...o.membership, represented: false },
          })),
        };
        expect(verdict(unrepresented, a).allowed).toBe(false);
      }),
    );
  });

  it("gives a platform administrator no more and no less than anyone else", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(s.viewer !== null);
        const admin = { ...s, viewer: { userId: "viewer", platformAdmin: true } };
        const plain = { ...s, viewer: { userId: "viewer", platformAdmin: false } };
        expect(verdict(admin, a)).toEqual(verdict(plain, a));
      }),
    );
  });

  it("allows no write to someone signed out, and asks them to sign in only about what they may know of", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, (s, a) => {
        fc.pre(s.viewer === null);
        const v = verdict(s, a);
        if (a.action !== "coalition.read" && !a.action.endsWith(".read")) {
          expect(v.allowed).toBe(false);
        }
        if (!v.allowed && v.refusal === "signIn") expect(knowsOf(s)).toBe(true);
      }),
    );
  });

  it("never gains a right by losing representation or status", () => {
    fc.assert(
      fc.property(standing, actionWithSubject, fc.nat(3), (s, a, which) => {
        const o = s.organizations[which % Math.max(1, s.organizations.length)];
        fc.pre(!!o?.membership?.represented);
        const weaker: CoalitionStanding = {
          ...s,
          organizations: s.organizations.map((x) =>
            x === o && x.membership
              ? { ...x, membership: { ...x.membership, represented: false } }
              : x,
          ),
        };
        if (verdict(weaker, a).allowed) {
          expect(verdict(s, a).allowed).toBe(true);
        }
      }),
    );
  });

  it("shows a concern only to the raising organisation, its participants and the convener side", () => {
    fc.assert(
      fc.property(standing, thread, (s, t) => {
        const sight = threadSight(t);
        const v = verdict(s, { action: "thread.read", subject: { thread: t } });
        const insideOrgs = s.organizations.filter(
          (o) => o.membership && ["active", "suspended"].includes(o.membership.status),
        );
        const sees =
          knowsOf(s) &&
          insideOrgs.length > 0 &&
          (!sight || insideOrgs.some((o) => sight.has(o.organizationId)));
        expect(v.allowed).toBe(sees);
      }),
    );
  });

  it("sends permissions that the rule itself would grant", () => {
    fc.assert(
      fc.property(standing, fc.boolean(), thread, (s, amendedByConvener, t) => {
        const p = coalitionPermissions(s, { amendedByConvener });
        expect(p.proposeFor.every((id) => votesFor(s).includes(id))).toBe(true);
        expect(p.proposeFor.every((id) => p.speakFor.includes(id))).toBe(true);
        expect(p.speakFor).toEqual(speaksFor(s).filter(() => knowsOf(s)));
        expect(p.manageMeetings).toBe(convenerSideFor(s).length > 0 && knowsOf(s));
        for (const id of p.answerFor) {
          const o = s.organizations.find((x) => x.organizationId === id);
          expect(o?.membership?.status).toBe("invited");
          expect(["owner", "admin"]).toContain(o?.orgRole);
        }
        if (!knowsOf(s))
          expect(
            Object.values(p).every((v) => v === false || (Array.isArray(v) && v.length === 0)),
          ).toBe(true);
        const open = proposalPermissions(s, { open: true });
        expect(open.stanceFor.every((id) => votesFor(s).includes(id))).toBe(true);
        expect(proposalPermissions(s, { open: false }).stanceFor).toEqual([]);
        const tp = threadPermissions(s, t);
        const sight = threadSight(t);
        expect(tp.commentFor.every((id) => !sight || sight.has(id))).toBe(true);
      }),
    );
  });

  it("offers the convener's membership steps only to a convener, as the charter allows", () => {
    const statuses = ["invited", "applied", "active", "suspended", "left"] as const;
    fc.assert(
      fc.property(standing, fc.constantFrom(...statuses), fc.boolean(), (s, status, byConvener) => {
        const steps = memberPermissions(
          s,
          { role: "member", status },
          { admissionByConvener: byConvener },
        ).steps;
        if (steps.length)
          expect(verdict(s, { action: "membership.decide", subject: undefined }).allowed).toBe(
            true,
          );
        if (!byConvener) {
          expect(steps).not.toContain("admit");
          expect(steps).not.toContain("reject");
          if (status !== "invited") expect(steps).not.toContain("remove");
        }
      }),
    );
  });
});
