/**
 * Proposal rules and ballots for the coalition benchmark's generator: every kind, with the
 * stances people really take (mostly agreement, a few objections, ranked options with a
 * favourite), each checked by shared/decisions exactly as the server checks a cast.
 */
import {
  type Ballot,
  type ProposalKind,
  ProposalRules,
  parseBallot,
} from "../shared/decisions/index.ts";
import { type Random, Weighted } from "./generate-organizations.ts";

/** Mostly consent and majority, as the issue describes; the other kinds now and then. */
export const kinds = new Weighted<ProposalKind>(
  [
    "consent",
    "majority",
    "consensus",
    "supermajority",
    "ranked_choice",
    "sense_check",
    "time_poll",
  ],
  [36, 26, 9, 5, 10, 5, 9],
);

const places = [
  "Geneva",
  "Nairobi",
  "Amman",
  "Bogotá",
  "Dakar",
  "Beirut",
  "Bangkok",
  "Online only",
  "Kampala",
  "Tunis",
];

/** Rules as the server stores them (defaults applied); options and slots for the two kinds. */
export function rulesFor(random: Random, kind: ProposalKind, createdMs: number): ProposalRules {
  const quorum = random.pick([0, 0, 0.25, 0.5, 0.5]);
  switch (kind) {
    case "ranked_choice": {
      const options = [...places].sort(() => random.next() - 0.5).slice(0, random.int(3, 6));
      return ProposalRules.parse({ kind, quorum, options });
    }
    case "time_poll": {
      const first = Math.floor(createdMs / 86_400_000) * 86_400_000 + 14 * 86_400_000;
      const slots = Array.from({ length: random.int(3, 8) }, (_, i) =>
        new Date(first + i * 86_400_000 + random.pick([9, 12, 14]) * 3_600_000).toISOString(),
      );
      return ProposalRules.parse({ kind, quorum, slots });
    }
    case "supermajority":
      return ProposalRules.parse({ kind, quorum, threshold: { ratio: 2 / 3, of: "cast" } });
    case "majority":
      return ProposalRules.parse({ kind, quorum, threshold: { of: "cast" } });
    default:
      return ProposalRules.parse({ kind, quorum });
  }
}

const reasons = [
  "The draft names states we have not documented ourselves; our partners there would be at risk.",
  "We cannot sign a statement our board has not seen; give us two more weeks.",
  "The budget line for translation is missing, so our members could not take part.",
  "This commits the coalition to litigation, which our charter leaves to each member.",
];

/**
 * A ballot generator for one proposal: each proposal has its own mood (how contested it is,
 * which option is the favourite), so tallies differ from one proposal to the next.
 */
export function ballotsFor(random: Random, rules: ProposalRules): () => Ballot {
  const dissent = random.chance(0.7) ? random.next() * 0.03 : 0.05 + random.next() * 0.4;
  const abstain = 0.03 + random.next() * 0.1;
  const make = (): unknown => {
    const x = random.next();
    const against = x < dissent;
    const abstains = !against && x < dissent + abstain;
    switch (rules.kind) {
      case "consent":
        return against
          ? { stance: "object", reason: random.pick(reasons) }
          : { stance: abstains ? "abstain" : "agree" };
      case "consensus":
        if (against && random.chance(0.15))
          return { stance: "block", reason: random.pick(reasons) };
        return { stance: against ? "disagree" : abstains ? "abstain" : "agree" };
      case "majority":
      case "supermajority":
        return { stance: against || random.chance(0.15) ? "no" : abstains ? "abstain" : "yes" };
      case "sense_check": {
        const stance = against ? "disagree" : abstains ? "unsure" : "agree";
        return random.chance(0.1) ? { stance, comment: random.pick(reasons) } : { stance };
      }
      case "ranked_choice": {
        // A favourite leads most rankings; the rest follow in a shuffled order.
        const [favourite, ...rest] = rules.options;
        const shuffled = [...rest].sort(() => random.next() - 0.5);
        const ranking = random.chance(0.55)
          ? [favourite, ...shuffled]
          : [...shuffled, favourite].sort(() => random.next() - 0.5);
        return { ranking: ranking.slice(0, random.chance(0.3) ? random.int(1, 2) : undefined) };
      }
      case "time_poll":
        return {
          answers: Object.fromEntries(
            rules.slots.map((slot) => [
              slot,
              random.chance(0.6) ? "yes" : random.chance(0.5) ? "if_need_be" : "no",
            ]),
          ),
        };
    }
  };
  return () => {
    const parsed = parseBallot(rules, make());
    if (!parsed.ok) throw new Error(`generated ballot refused: ${JSON.stringify(parsed.issues)}`);
    return parsed.ballot as Ballot;
  };
}
