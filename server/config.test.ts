import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const secret = "s".repeat(32);

describe("loadConfig", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-config-"));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs loadConfig and returns the ConfigError it throws. */
  function refusal(env: NodeJS.ProcessEnv): ConfigError {
    try {
      loadConfig({ DATA_DIR: dataDir, ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
  }

  it("runs on a laptop with nothing set", () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      env: "development",
      host: "127.0.0.1",
      port: 3000,
      publicUrl: "http://localhost:3000",
      dataDir,
      databaseUrl: undefined,
      databasePoolSize: 10,
      smtpUrl: undefined,
      mailFrom: "Common Ground <no-reply@common-ground.local>",
      outboxDir: path.join(dataDir, "outbox"),
      logLevel: "info",
      demoData: true,
      trustProxy: false,
      rateLimit: true,
      jobIntervalMs: 30_000,
      fileStore: { kind: "local", root: path.join(dataDir, "files") },
    });
  });

  it("makes a local auth secret once and keeps it, readable only by its owner", () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first.authSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).authSecret).toBe(first.authSecret);
  });

  it("uses a given AUTH_SECRET and writes no file", () => {
    const config = loadConfig({ DATA_DIR: dataDir, AUTH_SECRET: secret });
    expect(config.authSecret).toBe(secret);
    expect(() => statSync(path.join(dataDir, "auth-secret"))).toThrow();
  });

  it("reads every setting it is given", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      HOST: "0.0.0.0",
      PORT: "8080",
      PUBLIC_URL: "https://commonground.example/",
      DATA_DIR: dataDir,
      DATABASE_URL: "postgresql://cg:pw@db:5432/cg",
      DATABASE_POOL_SIZE: "20",
      AUTH_SECRET: secret,
      SMTP_URL: "smtps://user:pw@mail.example:465",
      MAIL_FROM: "Common Ground <hello@commonground.example>",
      OUTBOX_DIR: path.join(dataDir, "mail"),
      LOG_LEVEL: "warn",
      DEMO_DATA: "no",
      TRUST_PROXY: "1",
      RATE_LIMIT: "false",
      JOB_INTERVAL_SECONDS: "0.5",
      FILE_STORE: "s3",
      S3_ENDPOINT: "https://objects.example:9000",
      S3_REGION: "eu-central-1",
      S3_BUCKET: "common-ground",
      S3_ACCESS_KEY_ID: "cg-access",
      S3_SECRET_ACCESS_KEY: "cg-secret",
      S3_FORCE_PATH_STYLE: "false",
    });
    expect(config).toEqual({
      env: "production",
      host: "0.0.0.0",
      port: 8080,
      publicUrl: "https://commonground.example",
      dataDir,
      databaseUrl: "postgresql://cg:pw@db:5432/cg",
      databasePoolSize: 20,
      authSecret: secret,
      smtpUrl: "smtps://user:pw@mail.example:465",
      mailFrom: "Common Ground <hello@commonground.example>",
      outboxDir: path.join(dataDir, "mail"),
      logLevel: "warn",
      demoData: false,
      trustProxy: true,
      rateLimit: false,
      jobIntervalMs: 500,
      fileStore: {
        kind: "s3",
        endpoint: "https://objects.example:9000",
        region: "eu-central-1",
        bucket: "common-ground",
        accessKeyId: "cg-access",
        secretAccessKey: "cg-secret",
        forcePathStyle: false,
      },
    });
  });

  it("derives the public URL from the port when none is given", () => {
    expect(loadConfig({ DATA_DIR: dataDir, PORT: "4100" }).publicUrl).toBe("http://localhost:4100");
  });

  it("treats an empty variable as unset", () => {
    const config = loadConfig({ DATA_DIR: dataDir, PORT: "", DATABASE_URL: "", SMTP_URL: "" });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["PORT", "3000.5"],
    ["PORT", "-1"],
    ["DATABASE_URL", "mysql://root@localhost/cg"],
    ["DATABASE_URL", "localhost:5432"],
    ["SMTP_URL", "http://mail.example"],
    ["SMTP_URL", "mail.example:25"],
    ["PUBLIC_URL", "ftp://commonground.example"],
    ["PUBLIC_URL", "not a url"],
    ["AUTH_SECRET", "too-short"],
    ["LOG_LEVEL", "verbose"],
    ["NODE_ENV", "staging"],
    ["RATE_LIMIT", "maybe"],
  ])("refuses %s=%j, naming the variable", (name, value) => {
    const error = refusal({ [name]: value });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(error.message).toContain(`  ${name}: `);
  });

  describe("the file store", () => {
    const s3 = {
      FILE_STORE: "s3",
      S3_BUCKET: "common-ground",
      S3_ACCESS_KEY_ID: "cg-access",
      S3_SECRET_ACCESS_KEY: "cg-secret",
    };

    it("is AWS S3 in us-east-1 when no endpoint is given, with a host name per bucket", () => {
      expect(loadConfig({ DATA_DIR: dataDir, ...s3 }).fileStore).toEqual({
        kind: "s3",
        endpoint: undefined,
        region: "us-east-1",
        bucket: "common-ground",
        accessKeyId: "cg-access",
        secretAccessKey: "cg-secret",
        forcePathStyle: false,
      });
    });

    it("addresses buckets by path on a server of one's own, unless told otherwise", () => {
      const own = { DATA_DIR: dataDir, ...s3, S3_ENDPOINT: "http://127.0.0.1:9000" };
      expect(loadConfig(own).fileStore).toMatchObject({
        endpoint: "http://127.0.0.1:9000",
        forcePathStyle: true,
      });
      const virtualHosted = loadConfig({ ...own, S3_FORCE_PATH_STYLE: "no" });
      expect(virtualHosted.fileStore).toMatchObject({ forcePathStyle: false });
    });

    it("ignores the S3 settings while FILE_STORE is local", () => {
      const config = loadConfig({ DATA_DIR: dataDir, S3_BUCKET: "x", S3_ENDPOINT: "not a url" });
      expect(config.fileStore).toEqual({ kind: "local", root: path.join(dataDir, "files") });
    });

    it("names every S3 setting that FILE_STORE=s3 needs and is missing", () => {
      const error = refusal({ FILE_STORE: "s3", S3_ACCESS_KEY_ID: "cg-access" });
      expect(error.message).toContain("  S3_BUCKET: required when FILE_STORE=s3");
      expect(error.message).toContain("  S3_SECRET_ACCESS_KEY: required when FILE_STORE=s3");
      expect(error.message).not.toContain("S3_ACCESS_KEY_ID");
    });

    it("treats an empty S3 setting as missing", () => {
      expect(refusal({ ...s3, S3_SECRET_ACCESS_KEY: "" }).message).toContain(
        "  S3_SECRET_ACCESS_KEY: required when FILE_STORE=s3",
      );
    });

    it.each([
      ["FILE_STORE", "ftp"],
      ["S3_ENDPOINT", "not a url"],
      ["S3_ENDPOINT", "ftp://objects.example"],
      ["S3_FORCE_PATH_STYLE", "maybe"],
    ])("refuses %s=%j, naming the variable", (name, value) => {
      const error = refusal({ ...s3, [name]: value });
      expect(error.message).toMatch(/^Invalid configuration:/);
      expect(error.message).toContain(`  ${name}: `);
    });
  });

  it("names every wrong variable at once", () => {
    const error = refusal({ PORT: "x", SMTP_URL: "http://mail", DATABASE_URL: "sqlite://x" });
    for (const name of ["PORT", "SMTP_URL", "DATABASE_URL"]) expect(error.message).toContain(name);
  });

  it("refuses to start in production without AUTH_SECRET", () => {
    const error = refusal({ NODE_ENV: "production" });
    expect(error.message).toContain("AUTH_SECRET: required in production");
    expect(() => statSync(path.join(dataDir, "auth-secret"))).toThrow();
  });

  it("starts in production with AUTH_SECRET set", () => {
    const config = loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir, AUTH_SECRET: secret });
    expect(config.env).toBe("production");
    expect(config.authSecret).toBe(secret);
  });
});
