/**
 * Creates the embedded database when the data directory has none yet, and exits. cli/bin.js
 * runs it in a child process of its own before `prepare`: PGlite's initdb runs a second
 * PostgreSQL instance beside the first and peaks at about 620 MB, so it is done in a process
 * that has loaded nothing else, and that memory is returned when the process ends.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "../server/config.ts";
import { openDatabase } from "../server/db/client.ts";

try {
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(path.join(config.dataDir, "pglite", "PG_VERSION"))) {
    const database = await openDatabase({ dataDir: config.dataDir });
    await database.close();
  }
} catch (error) {
  // The command that follows reports a configuration error in its own words.
  if (!(error instanceof ConfigError)) throw error;
}
