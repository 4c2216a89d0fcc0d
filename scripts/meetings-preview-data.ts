// A coalition with meetings (upcoming, past with minutes, cancelled), action items and
// threads (a discussion with mentions, a concern naming one organisation), set up through
// the API as the demo people would, so the meeting and discussion pages have something to show.
import { type ApiClient, apiAs, myOrganizationId } from "../e2e/api-client.ts";
import type { Charter } from "../shared/coalitions.ts";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import type { CommentInput, ThreadInput } from "../shared/discussions.ts";
import type { ActionItemInput, AttendanceStatus, MeetingInput } from "../shared/meetings.ts";

type SignIn = { email: string; password: string };

const day = 86_400_000;
const at = (days: number, hourUtc: number) => {
  const date = new Date(Date.now() + days * day);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
};
const iso = (date: Date) => date.toISOString();
const dateOnly = (days: number) => iso(new Date(Date.now() + days * day)).slice(0, 10);
const text = (en: string, more: Record<string, string> = {}) => ({
  original: "en",
  texts: { en, ...more },
});

export async function seedMeetingsPreview(
  baseUrl: string,
  people: { james: SignIn; amina: SignIn; claire: SignIn; lucia: SignIn },
) {
  const james = await apiAs(baseUrl, people.james.email, people.james.password);
  const amina = await apiAs(baseUrl, people.amina.email, people.amina.password);
  const claire = await apiAs(baseUrl, people.claire.email, people.claire.password);
  const lucia = await apiAs(baseUrl, people.lucia.email, people.lucia.password);
  const lakeRegion = await myOrganizationId(james, "Lake Region Paralegal Network");
  const ubuntu = await myOrganizationId(james, "Ubuntu Climate Justice Collective");
  const jisr = await myOrganizationId(amina, "Jisr al-Amal Relief");
  // Not Marsad: it hides itself from the directory, so the convener could not invite it.
  const nidaa = await myOrganizationId(amina, "Markaz Nidaa lil-Huquq al-Madaniya");
  const sahel = await myOrganizationId(claire, "Voix du Sahel pour les Droits Humains");
  const amad = await myOrganizationId(lucia, "Associação Moçambicana de Apoio a Deslocados");

  const charter: Charter = {
    purpose: text("Coordinate protection and legal aid for displaced people around the lakes.", {
      ar: "تنسيق الحماية والمساعدة القانونية للنازحين حول البحيرات.",
    }),
    applicationQuestions: [],
    decisionRules: defaultDecisionRules,
    focalPoints: [],
    collaborationLevel: "coordination",
  };
  const coalition = await james.POST("/api/v1/coalitions", {
    body: {
      organizationId: lakeRegion,
      name: "Lakes Protection Working Group",
      visibility: "unlisted",
      memberListVisibility: "members",
      charter,
    },
  });
  const id = coalition.id;
  const invite = async (client: ApiClient, org: string, role?: "co_lead") => {
    await james.POST("/api/v1/coalitions/{id}/invitations", {
      params: { path: { id } },
      body: { organizationId: org, ...(role ? { role } : {}) },
    });
    await client.POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
      params: { path: { id, organizationId: org, action: "accept" } },
      body: { namedPublicly: true },
    });
  };
  await invite(amina, jisr, "co_lead");
  await invite(amina, nidaa);
  await invite(claire, sahel);
  await invite(lucia, amad);
  await invite(james, ubuntu);

  const proposal = await james.POST("/api/v1/coalitions/{id}/proposals", {
    params: { path: { id } },
    body: {
      organizationId: lakeRegion,
      title: "Adopt the shared referral pathway",
      rules: { kind: "consent", quorum: 0.5 },
      closesAt: iso(new Date(Date.now() + 5 * day)),
    },
  });

  const meeting = (body: MeetingInput) =>
    james.POST("/api/v1/coalitions/{id}/meetings", { params: { path: { id } }, body });
  const attendance = (
    client: ApiClient,
    meetingId: string,
    organizationId: string,
    status: AttendanceStatus,
  ) =>
    client.PUT("/api/v1/meetings/{id}/attendance/{organizationId}", {
      params: { path: { id: meetingId, organizationId } },
      body: { status },
    });
  const actionItem = (body: ActionItemInput) =>
    james.POST("/api/v1/coalitions/{id}/action-items", { params: { path: { id } }, body });
  const comment = (client: ApiClient, threadId: string, body: CommentInput) =>
    client.POST("/api/v1/threads/{id}/comments", { params: { path: { id: threadId } }, body });
  const thread = (client: ApiClient, body: ThreadInput) =>
    client.POST("/api/v1/coalitions/{id}/threads", { params: { path: { id } }, body });

  const upcoming = await meeting({
    title: "Monthly coordination meeting",
    startsAt: iso(at(3, 7)),
    endsAt: iso(at(3, 9)),
    timeZone: "Africa/Nairobi",
    location: "Kisumu, Lake Region office, 2nd floor",
    onlineUrl: "https://meet.example.org/lakes-monthly",
    agenda: text(
      "1. Referral pathway: where we stand\n2. Incidents of the month\n3. Joint letter to the district commissioner\n4. Any other business",
      {
        ar: "١. مسار الإحالة: أين نحن\n٢. حوادث الشهر\n٣. رسالة مشتركة إلى مفوض المقاطعة\n٤. ما يستجد من أعمال",
        fr: "1. Circuit d'orientation : où en sommes-nous\n2. Incidents du mois\n3. Lettre commune au commissaire de district\n4. Divers",
      },
    ),
  });
  await attendance(claire, upcoming.id, sahel, "apologies");

  const past = await meeting({
    title: "Emergency meeting on the Kalehe floods",
    startsAt: iso(at(-6, 12)),
    endsAt: iso(at(-6, 14)),
    timeZone: "Africa/Lubumbashi",
    onlineUrl: "https://meet.example.org/lakes-floods",
    agenda: text("1. Needs in the camps\n2. Who covers which site"),
  });
  for (const [org, status] of [
    [lakeRegion, "present"],
    [jisr, "present"],
    [nidaa, "absent"],
    [sahel, "apologies"],
    [amad, "present"],
  ] as const) {
    await attendance(james, past.id, org, status);
  }
  await james.PUT("/api/v1/meetings/{id}/minutes", {
    params: { path: { id: past.id } },
    body: {
      minutes: text(
        "Jisr al-Amal reported 1,200 newly displaced families in three sites. Legal aid is needed for lost documents.\nAMAD shared its documentation checklist.",
        {
          ar: "أفادت جسر الأمل بوجود ١٢٠٠ أسرة نازحة حديثًا في ثلاثة مواقع. هناك حاجة إلى مساعدة قانونية للوثائق المفقودة.",
        },
      ),
      decisions: [
        { text: text("Lake Region sends two paralegals to Kalehe for two weeks.") },
        {
          text: text("We take the shared referral pathway to a consent decision."),
          proposalId: proposal.id,
        },
      ],
    },
  });
  await actionItem({
    title: "Map the legal aid services around Kalehe",
    ownerOrganizationId: jisr,
    dueDate: dateOnly(-2),
    meetingId: past.id,
  });
  const started = await actionItem({
    title: "Draft the joint letter to the district commissioner",
    ownerOrganizationId: lakeRegion,
    dueDate: dateOnly(4),
    meetingId: past.id,
  });
  await james.PATCH("/api/v1/action-items/{id}", {
    params: { path: { id: started.id } },
    body: { status: "in_progress" },
  });
  await actionItem({
    title: "Translate the documentation checklist into Swahili",
    ownerOrganizationId: amad,
    dueDate: dateOnly(10),
  });

  const cancelled = await meeting({
    title: "Field visit to the Minova site",
    startsAt: iso(at(8, 6)),
    endsAt: iso(at(8, 15)),
    timeZone: "Africa/Lubumbashi",
    location: "Minova",
  });
  await james.PATCH("/api/v1/meetings/{id}", {
    params: { path: { id: cancelled.id } },
    body: { status: "cancelled" },
  });

  const discussion = await thread(james, {
    organizationId: lakeRegion,
    title: "Sharing incident reports before the monthly meeting",
    comment: {
      text: `Could each organisation send its **incident summary** by Friday? @{${jisr}} you offered a template last time.\n\n- number of incidents\n- places\n- what follow-up is needed`,
      mentions: [jisr],
    },
  });
  const reply = await comment(amina, discussion.id, {
    organizationId: jisr,
    text: "Yes, the template is on our shared drive. I will send the link.",
  });
  await amina.PATCH("/api/v1/comments/{id}", {
    params: { path: { id: reply.id } },
    body: {
      text: "Yes, the template is attached to the [last minutes](https://example.org/minutes). Use the second tab.",
    },
  });
  await comment(claire, discussion.id, {
    organizationId: sahel,
    text: "Nous enverrons le nôtre jeudi.",
  });
  const withdrawn = await comment(lucia, discussion.id, {
    organizationId: amad,
    text: "Wrong thread, sorry.",
  });
  await lucia.DELETE("/api/v1/comments/{id}", { params: { path: { id: withdrawn.id } } });

  const concern = await thread(amina, {
    organizationId: jisr,
    kind: "concern",
    title: "Overlapping distributions in Kalehe",
    concern: {
      problem: text(
        "Two members distributed the same kits in the same site last week, while another site got nothing.",
      ),
      endGoal: text("One shared distribution plan per site, agreed before each round."),
      potentialAllies: text("The site committees and the shelter cluster coordinator."),
      participants: [sahel],
    },
    comment: {
      text: `@{${sahel}} could we compare our lists for next week?`,
      mentions: [sahel],
    },
  });
  await comment(claire, concern.id, {
    organizationId: sahel,
    text: `Oui. @{${jisr}} je vous envoie notre liste ce soir.`,
    mentions: [jisr],
  });

  await comment(james, proposal.id, {
    organizationId: lakeRegion,
    text: "The pathway is attached. Questions welcome before Friday.",
  });

  return {
    coalitionId: coalition.id,
    meetings: { upcoming: upcoming.id, past: past.id, cancelled: cancelled.id },
    threads: { discussion: discussion.id, concern: concern.id, proposal: proposal.id },
  };
}
