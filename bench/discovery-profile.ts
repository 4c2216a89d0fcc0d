/**
 * Where a discovery request's time goes, in process, on the bench database the discovery
 * benchmark leaves behind (run it first with --keep or --reuse):
 *
 *   npx tsx bench/discovery-profile.ts --db postgres|pglite --orgs 100000 --needs 30
 *
 * Uses the app's own repository, index and scoring (server/modules/discovery,
 * shared/discovery) on the benchmark's needs, and times each step separately: the database
 * reads a request makes, walking the index, the hard filters, scoring every candidate, the
 * ranked window, and team building. Prints a Markdown table of medians per need.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type Database, openDatabase } from "../server/db/client.ts";
import { createServices } from "../server/app.ts";
import { taxonomyMapsOf } from "../server/modules/discovery/taxonomy-maps.ts";
import { Need, defaultWeights } from "../shared/discovery.ts";
import { prepareNeed } from "../shared/discovery/need.ts";
import { passesFilters, rankCandidates, scoreCandidate } from "../shared/discovery/score.ts";
import { buildTeam } from "../shared/discovery/team.ts";
import { organizationsBenchDatabase, withDatabase } from "./bench-database.ts";
import { benchConfig } from "./coalition-pages.ts";
import { ms, statsOf } from "./coalition-http.ts";
import { drawNeeds, requesterOrganization, vocabulary } from "./discovery-needs.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    orgs: { type: "string", default: "100000" },
    needs: { type: "string", default: "30" },
    seed: { type: "string", default: "20261125" },
  },
  strict: true,
});

async function open(): Promise<Database> {
  if (args.db === "postgres") {
    const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    return openDatabase({ databaseUrl: withDatabase(serverUrl, organizationsBenchDatabase) });
  }
  return openDatabase({ dataDir: path.join(os.tmpdir(), `cg-bench-pglite-${args.orgs}`) });
}

const time = async <T>(samples: number[], run: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const value = await run();
  samples.push(performance.now() - started);
  return value;
};

async function main() {
  const database = await open();
  try {
    // The app's own modules, as a request would use them, without an HTTP server.
    const services = createServices({ config: benchConfig(), database });
    const repo = services.discoverySources;
    const taxonomies = services.taxonomies;
    const taxonomy = await taxonomyMapsOf(taxonomies)();
    const requester = await requesterOrganization(database);
    const count = Number(args.needs);
    const needs = drawNeeds(
      await vocabulary(database),
      requester,
      count + 3,
      Number(args.seed) + 1,
    );

    const t: Record<string, number[]> = {};
    const at = (name: string) => (t[name] ??= []);
    await time(at("index: first load"), () => repo.index());

    for (const [i, pair] of needs.entries()) {
      const warm = i < 3;
      const s = (name: string) => (warm ? [] : at(name));
      // The database reads of a request (resolve the requester, shared coalitions, names).
      const index = await time(s("db: index version check"), () => repo.index());
      const memberOf = new Set([requester]);
      const [own] = await time(s("db: requester profile"), () => repo.profilesOf([requester]));
      if (!own) throw new Error("no requester");
      const shared = await time(s("db: shared coalitions"), () =>
        repo.sharedCoalitions([requester], null),
      );
      const side = {
        capacities: new Set(own.capacities),
        types: new Set(own.types),
        countries: new Set(own.countries),
        excluded: new Set([requester]),
      };
      const stats = index.stats(taxonomy);

      for (const kind of ["matches", "team"] as const) {
        const need = Need.parse(pair[kind].need);
        const p = prepareNeed(need, side, stats, defaultWeights);
        const list = await time(s(`${kind}: the searcher's view of the index`), () =>
          index.candidates(memberOf, shared),
        );
        const passed = await time(s(`${kind}: hard filters`), () =>
          list.filter((c) => passesFilters(p, c)),
        );
        await time(s(`${kind}: scoreCandidate on every candidate`), () => {
          let sum = 0;
          for (const c of passed) sum += scoreCandidate(p, c).score;
          return sum;
        });
        if (kind === "matches") {
          const ranked = await time(s("matches: rankCandidates (all of it)"), () =>
            rankCandidates(p, index.candidates(memberOf, shared), 20),
          );
          await time(s("db: summaries of 20"), () => repo.summaries(ranked.items.map((r) => r.id)));
        } else {
          await time(s("team: buildTeam (all of it)"), () =>
            buildTeam(p, index.candidates(memberOf, shared), {}),
          );
        }
      }
    }

    const lines = [
      `## Discovery request steps, in process: ${args.db}, ${Number(args.orgs).toLocaleString("en")} organisations, ${count} needs (${process.execArgv.join(" ") || "node"})`,
      "",
      "| Step | Median (ms) | p95 (ms) | Max (ms) |",
      "| --- | ---: | ---: | ---: |",
      ...Object.entries(t).map(([name, samples]) => {
        const st = statsOf(samples);
        return `| ${name} | ${ms(st.median)} | ${ms(st.p95)} | ${ms(st.max)} |`;
      }),
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await database.close();
  }
}

await main();
