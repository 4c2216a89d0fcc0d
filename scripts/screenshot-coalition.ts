// A coalition with members, an application, charter versions and proposals of several kinds,
// set up through the API as demo people would, so every coalition page has something to show.
import type { Charter } from "../shared/coalitions.ts";
import type { ProposalInput } from "../shared/proposals.ts";
import { type ApiClient, apiAs, myOrganizationId } from "../e2e/api-client.ts";

type SignIn = { email: string; password: string };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const text = (en: string, more: Record<string, string> = {}) => ({
  original: "en",
  texts: { en, ...more },
});

export async function seedScreenshotCoalition(
  baseUrl: string,
  people: { james: SignIn; amina: SignIn; claire: SignIn },
) {
  const james = await apiAs(baseUrl, people.james.email, people.james.password);
  const amina = await apiAs(baseUrl, people.amina.email, people.amina.password);
  const claire = await apiAs(baseUrl, people.claire.email, people.claire.password);
  const lakeRegion = await myOrganizationId(james, "Lake Region Paralegal Network");
  const umoja = await myOrganizationId(james, "Umoja Domestic Workers Union");
  const jisr = await myOrganizationId(amina, "Jisr al-Amal Relief");
  // Not Marsad: it hides itself from the directory, so the convener could not invite it.
  const nidaa = await myOrganizationId(amina, "Markaz Nidaa lil-Huquq al-Madaniya");
  const sahel = await myOrganizationId(claire, "Voix du Sahel pour les Droits Humains");

  const charter: Charter = {
    purpose: text(
      "Protect people displaced around the Great Lakes by coordinating legal aid, documentation and advocacy.",
      {
        fr: "Protéger les personnes déplacées autour des Grands Lacs en coordonnant l'aide juridique, la documentation et le plaidoyer.",
        ar: "حماية النازحين في منطقة البحيرات العظمى من خلال تنسيق المساعدة القانونية والتوثيق والمناصرة.",
      },
    ),
    goals: text(
      "Every displaced family can reach free legal advice within a day's travel. Violations are documented to a shared standard.",
    ),
    scope: text("Legal aid, documentation of violations, and private and public advocacy."),
    limits: text(
      "No public statement names a government without the consent of every member working in that country.",
    ),
    membershipCriteria: text(
      "Organisations working with displaced people in the region that accept this charter.",
    ),
    applicationQuestions: [
      { key: "q1", text: text("Where do you work with displaced people, and since when?") },
    ],
    decisionRules: {
      admission: { method: "convener", quorum: 0 },
      statements: { method: "consent", quorum: 0.5 },
      charter: {
        method: "supermajority",
        quorum: 0.5,
        threshold: { numerator: 2, denominator: 3, of: "cast" },
      },
      spending: { method: "consensus", quorum: 0.5 },
    },
    focalPoints: [
      { activity: text("Legal follow-up"), organizationId: lakeRegion },
      { activity: text("Humanitarian access"), organizationId: jisr },
    ],
    collaborationLevel: "coordination",
    meetingRhythm: text("Every second Tuesday, online"),
    reviewDate: inDays(180).slice(0, 10),
  };
  const coalition = await james.POST("/api/v1/coalitions", {
    body: {
      organizationId: lakeRegion,
      name: "Great Lakes Displacement Protection Network",
      visibility: "public",
      memberListVisibility: "public",
      namedPublicly: true,
      charter,
    },
  });
  const id = coalition.id;
  const invite = (organizationId: string, role?: "co_lead" | "observer") =>
    james.POST("/api/v1/coalitions/{id}/invitations", {
      params: { path: { id } },
      body: { organizationId, role },
    });
  const accept = (client: ApiClient, organizationId: string) =>
    client.POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
      params: { path: { id, organizationId, action: "accept" } },
      body: { namedPublicly: true },
    });
  await invite(jisr, "co_lead");
  await invite(umoja);
  await invite(nidaa, "observer");
  await accept(amina, jisr);
  await accept(james, umoja);
  await james.PATCH("/api/v1/coalitions/{id}/members/{organizationId}", {
    params: { path: { id, organizationId: umoja } },
    body: { namedPublicly: false },
  });
  await claire.POST("/api/v1/coalitions/{id}/applications", {
    params: { path: { id } },
    body: {
      organizationId: sahel,
      answers: { q1: "In Goma and Bukavu since 2014, with legal clinics in three camps." },
    },
  });

  const propose = (body: Omit<ProposalInput, "organizationId">, by = james, org = lakeRegion) =>
    by.POST("/api/v1/coalitions/{id}/proposals", {
      params: { path: { id } },
      body: { organizationId: org, ...body },
    });
  const stance = (proposal: string, client: ApiClient, org: string, ballot: unknown) =>
    client.PUT("/api/v1/proposals/{id}/stances/{organizationId}", {
      params: { path: { id: proposal, organizationId: org } },
      body: { ballot },
    });
  const close = (proposal: string) =>
    james.POST("/api/v1/proposals/{id}/close", { params: { path: { id: proposal } } });

  // Version 2 of the charter, adopted by the members.
  const amendment = await propose({
    title: "Move to joint action",
    subject: "charter",
    charter: {
      ...charter,
      collaborationLevel: "joint_action",
      meetingRhythm: text("Every Tuesday, online"),
    },
    closesAt: inDays(3),
  });
  await stance(amendment.id, james, lakeRegion, { stance: "yes" });
  await stance(amendment.id, amina, jisr, { stance: "yes" });
  await close(amendment.id);

  const consent = await propose({
    title: "Sign the joint letter to the Special Rapporteur on the rights of IDPs",
    body: text(
      "The letter asks for a country visit and names the camps where legal aid is refused. Draft attached to the last meeting's minutes.",
    ),
    rules: { kind: "consent", quorum: 0.5 },
    closesAt: inDays(2),
  });
  await stance(consent.id, amina, jisr, {
    stance: "object",
    reason: "Naming the camps could cost us access. Can we name the districts instead?",
  });
  await stance(consent.id, james, umoja, { stance: "agree" });

  const ranked = await propose({
    title: "Theme of the 2027 campaign",
    rules: {
      kind: "ranked_choice",
      quorum: 0.5,
      options: ["Legal identity documents", "Safe returns", "Access to land"],
    },
    closesAt: inDays(10),
  });
  await stance(ranked.id, james, lakeRegion, { ranking: ["Access to land", "Safe returns"] });
  await stance(ranked.id, amina, jisr, { ranking: ["Safe returns", "Legal identity documents"] });

  const slots = [inDays(14), inDays(15), inDays(16)].map((s) => `${s.slice(0, 11)}12:00:00.000Z`);
  const poll = await propose({
    title: "Next coordination meeting",
    rules: { kind: "time_poll", quorum: 0, slots },
    closesAt: inDays(7),
  });
  await stance(poll.id, james, lakeRegion, {
    answers: { [slots[0] ?? ""]: "yes", [slots[1] ?? ""]: "if_need_be", [slots[2] ?? ""]: "no" },
  });
  await stance(poll.id, amina, jisr, {
    answers: { [slots[0] ?? ""]: "no", [slots[1] ?? ""]: "yes" },
  });

  const vote = await propose({
    title: "Share the documentation template with the protection cluster",
    rules: { kind: "majority", quorum: 0.5, threshold: { of: "cast" } },
    closesAt: inDays(1),
  });
  await stance(vote.id, james, lakeRegion, { stance: "yes" });
  await stance(vote.id, amina, jisr, { stance: "yes" });
  await stance(vote.id, james, umoja, { stance: "abstain" });
  await close(vote.id);
  await james.PUT("/api/v1/proposals/{id}/outcome", {
    params: { path: { id: vote.id } },
    body: {
      statement: text("Adopted. Jisr al-Amal shares the template at the next cluster meeting."),
      reviewDate: inDays(90).slice(0, 10),
    },
  });

  const sense = await propose({
    title: "Should we open the network to faith-based groups?",
    rules: { kind: "sense_check", quorum: 0 },
    closesAt: inDays(5),
    hiddenResults: true,
    anonymous: true,
  });
  await stance(sense.id, amina, jisr, { stance: "unsure", comment: "Depends which ones." });

  return {
    coalitionId: coalition.id,
    proposals: {
      consent: consent.id,
      ranked: ranked.id,
      poll: poll.id,
      vote: vote.id,
      sense: sense.id,
    },
  };
}
export type ScreenshotCoalition = Awaited<ReturnType<typeof seedScreenshotCoalition>>;
