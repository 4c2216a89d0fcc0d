import type { RankedChoiceRound, TieBreak } from "./results.ts";

export type RankedChoiceCount = {
  outcome: "elected" | "tie" | "no_outcome";
  rounds: RankedChoiceRound[];
  winner: string | null;
};

/**
 * Instant run-off. Each round counts every ballot for its highest-ranked option still in the
 * count; a ballot ranking none of them is exhausted and drops out. An option with more than
 * half of the ballots still counting wins. Otherwise the option with the fewest votes is
 * eliminated (see `eliminate` for ties) and the next round begins. Options nobody ranked
 * first are eliminated one round at a time like any other, so every elimination shows.
 *
 * - Two options left with equal votes: outcome "tie", no winner; the coalition decides how
 *   to settle it (no coin toss in here).
 * - No ballot ranks any option (no ballots at all): outcome "no_outcome".
 *
 * There are at most as many rounds as options, less one.
 */
export function countRankedChoice(
  options: readonly string[],
  rankings: readonly (readonly string[])[],
): RankedChoiceCount {
  const listed = [...new Set(options)];
  const continuing = new Set(listed);
  const history: Map<string, number>[] = [];
  const rounds: RankedChoiceRound[] = [];

  for (;;) {
    const counts = new Map(listed.filter((o) => continuing.has(o)).map((o) => [o, 0]));
    let active = 0;
    for (const ranking of rankings) {
      const top = ranking.find((option) => continuing.has(option));
      if (top === undefined) continue;
      counts.set(top, (counts.get(top) ?? 0) + 1);
      active++;
    }
    const round: RankedChoiceRound = {
      counts: Object.fromEntries(counts),
      continuing: active,
      exhausted: rankings.length - active,
    };
    history.push(counts);
    rounds.push(round);

    if (active === 0) return { outcome: "no_outcome", rounds, winner: null };
    const winner = [...counts].find(([, votes]) => votes * 2 > active)?.[0];
    if (winner !== undefined) return { outcome: "elected", rounds, winner };
    // Two options and neither has more than half: they have exactly half each.
    if (continuing.size <= 2) return { outcome: "tie", rounds, winner: null };

    const { option, tieBreak } = eliminate([...counts.keys()], history, listed);
    round.eliminated = option;
    if (tieBreak) round.tieBreak = tieBreak;
    continuing.delete(option);
  }
}

/**
 * The option to eliminate: the one with the fewest votes this round. Among options tied
 * there, the one with fewer votes in the round before, then the round before that, back to
 * the first round ("earlier_rounds"): an option that has been weaker for longer goes first.
 * If they were tied in every round, the one listed last in the proposal's options goes
 * ("listing_order"): the order is fixed before anyone votes, so it favours nobody's ballot.
 */
function eliminate(
  candidates: string[],
  history: readonly Map<string, number>[],
  listed: readonly string[],
): { option: string; tieBreak?: TieBreak } {
  const fewest = (among: string[], round: Map<string, number>) => {
    const votes = (o: string) => round.get(o) ?? 0;
    const least = Math.min(...among.map(votes));
    return among.filter((o) => votes(o) === least);
  };
  let tied = fewest(candidates, history[history.length - 1] ?? new Map());
  if (tied.length === 1) return { option: tied[0] as string };
  for (let r = history.length - 2; r >= 0 && tied.length > 1; r--) {
    tied = fewest(tied, history[r] ?? new Map());
  }
  if (tied.length === 1) return { option: tied[0] as string, tieBreak: "earlier_rounds" };
  const last = tied.reduce((a, b) => (listed.indexOf(a) > listed.indexOf(b) ? a : b));
  return { option: last, tieBreak: "listing_order" };
}
