import { z } from "zod";
import { localizedText } from "../localized-text.ts";
import { Day, Id } from "../problem.ts";
import { messageFrames, storyUses } from "./catalogue.ts";
import { consentProblems, consentStates } from "./consent.ts";

/*
 * A campaign's messages (per audience and frame, in several languages, fronted by one of its
 * organisations, internal or public) and the stories that humanise them, told only with the
 * consent recorded for them. Stories are for the campaign's own people: nothing here is ever
 * part of the public summary.
 */

const Instant = z.iso.datetime({ offset: true });
const OrgRef = z.object({ organizationId: Id, name: z.string() });

export const messageVisibilities = ["internal", "public"] as const;
export type MessageVisibility = (typeof messageVisibilities)[number];

/** How many messages and stories one campaign keeps: each list is read whole. */
export const messagesPerCampaign = 300;
export const storiesPerCampaign = 300;

const Audience = z.string().trim().min(1).max(200);
const MessageText = localizedText(4000);
const Use = z.enum(storyUses);

const messageFields = {
  /** Who the message speaks to, in the campaign's words ("Members of parliament"). */
  audience: Audience,
  frame: z.enum(messageFrames),
  text: MessageText,
  /** The campaign organisation that fronts the message; null while undecided. */
  messengerOrganizationId: Id.nullable().optional(),
};

/** A new message is internal unless its author chooses to make it public. */
export const MessageInput = z
  .object({ ...messageFields, visibility: z.enum(messageVisibilities).default("internal") })
  .strict();
export type MessageInput = z.input<typeof MessageInput>;

export const MessagePatch = z
  .object({
    audience: Audience.optional(),
    frame: z.enum(messageFrames).optional(),
    text: MessageText.optional(),
    messengerOrganizationId: Id.nullable().optional(),
    /** Making a message public checks every story it tells against its consent. */
    visibility: z.enum(messageVisibilities).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type MessagePatch = z.infer<typeof MessagePatch>;

/** Attaching a story to a message: for which use it is told there. */
export const MessageStoryInput = z
  .object({
    use: Use.describe("A public message tells a story for public_named or public_anonymised use"),
  })
  .strict();
export type MessageStoryInput = z.infer<typeof MessageStoryInput>;

const ConsentProblem = z.enum(consentProblems);

export const CampaignMessage = z
  .object({
    id: Id,
    audience: z.string(),
    frame: z.enum(messageFrames),
    text: MessageText,
    messenger: OrgRef.nullable(),
    visibility: z.enum(messageVisibilities),
    stories: z.array(
      z.object({
        storyId: Id,
        title: z.string(),
        use: Use,
        /** Why the story's consent no longer covers this use; null while it does. */
        problem: ConsentProblem.nullable(),
      }),
    ),
    /**
     * The stories this message may no longer tell: withdrawn, run out, or narrowed. Those
     * running the campaign see the flag on the message until they change it.
     */
    flags: z.array(z.object({ storyId: Id, problem: ConsentProblem })),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "CampaignMessage" });
export type CampaignMessage = z.infer<typeof CampaignMessage>;

export const CampaignMessageList = z.object({ items: z.array(CampaignMessage) });

const ConsentBy = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe("Who consented: a pseudonym or a role, never required to be a legal name");
const ConsentUses = z
  .array(Use)
  .min(1)
  .max(storyUses.length)
  .refine((uses) => new Set(uses).size === uses.length, { message: "each use once" });

const untilAfterGiven = (v: { givenOn?: string | undefined; until?: string | null | undefined }) =>
  !v.givenOn || !v.until || v.givenOn <= v.until;
const untilMessage = { message: "must not be before the day consent was given", path: ["until"] };

/** A story's consent; a new one covers internal use only unless more is chosen. */
export const ConsentInput = z
  .object({
    by: ConsentBy,
    uses: ConsentUses.default(["internal"]),
    givenOn: Day,
    until: Day.nullable().optional(),
  })
  .strict()
  .refine(untilAfterGiven, untilMessage);

export const ConsentPatch = z
  .object({
    by: ConsentBy.optional(),
    uses: ConsentUses.optional(),
    givenOn: Day.optional(),
    until: Day.nullable().optional(),
  })
  .strict()
  .refine(untilAfterGiven, untilMessage);

const StoryTitle = z.string().trim().min(1).max(200);
const StoryText = localizedText(10000);

export const StoryInput = z
  .object({
    /** The organisation that collected the story and answers for its consent. */
    recordedByOrganizationId: Id,
    title: StoryTitle,
    text: StoryText,
    consent: ConsentInput,
  })
  .strict();
export type StoryInput = z.input<typeof StoryInput>;

/** The recording organisation changes the story or its consent; withdrawal is its own route. */
export const StoryPatch = z
  .object({
    title: StoryTitle.optional(),
    text: StoryText.optional(),
    consent: ConsentPatch.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type StoryPatch = z.infer<typeof StoryPatch>;

export const CampaignStory = z
  .object({
    id: Id,
    title: z.string(),
    text: StoryText,
    recordedBy: OrgRef,
    consent: z.object({
      by: z.string(),
      uses: z.array(Use),
      givenOn: Day,
      until: Day.nullable(),
      withdrawnAt: Instant.nullable(),
      /** Where the consent stands today. */
      state: z.enum(consentStates),
    }),
    /** The messages that tell the story, and whether its consent still covers each. */
    messages: z.array(
      z.object({
        messageId: Id,
        audience: z.string(),
        visibility: z.enum(messageVisibilities),
        use: Use,
        problem: ConsentProblem.nullable(),
      }),
    ),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "CampaignStory" });
export type CampaignStory = z.infer<typeof CampaignStory>;

export const CampaignStoryList = z.object({ items: z.array(CampaignStory) });

export const MessageParams = z.object({ id: Id, messageId: Id }).strict();
export const StoryParams = z.object({ id: Id, storyId: Id }).strict();
export const MessageStoryParams = z.object({ id: Id, messageId: Id, storyId: Id }).strict();
