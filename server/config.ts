import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Every setting comes from the environment and is checked once, at start-up. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Common Ground <no-reply@common-ground.local>"),
  OUTBOX_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_DATA: booleanFlag.default(true),
  TRUST_PROXY: booleanFlag.default(false),
  RATE_LIMIT: booleanFlag.default(true),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  JOB_INTERVAL_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  FILE_STORE: z.enum(["local", "s3"]).default("local"),
});
export type Env = z.infer<typeof EnvSchema>;

const requiredForS3 = { error: "required when FILE_STORE=s3" };

/** Read only when FILE_STORE=s3. */
export const S3EnvSchema = z.object({
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string(requiredForS3),
  S3_ACCESS_KEY_ID: z.string(requiredForS3),
  S3_SECRET_ACCESS_KEY: z.string(requiredForS3),
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
});

export type Config = {
  env: Env["NODE_ENV"];
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections each process opens to PostgreSQL at most. */
  databasePoolSize: number;
  authSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  logLevel: Env["LOG_LEVEL"];
  demoData: boolean;
  trustProxy: boolean;
  rateLimit: boolean;
  /** How often each process runs the background jobs (closing, reminders, digests). */
  jobIntervalMs: number;
  fileStore: FileStoreConfig;
};

/** Where uploaded files go: a directory in DATA_DIR, or a bucket on an S3-compatible server. */
export type FileStoreConfig =
  | { kind: "local"; root: string }
  | {
      kind: "s3";
      endpoint: string | undefined;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

export class ConfigError extends Error {}

/** Reads and checks the environment; a wrong value stops start-up with the variable's name. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const env = checked(EnvSchema, present);
  const dataDir = path.resolve(env.DATA_DIR);
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new ConfigError("Invalid configuration:\n  AUTH_SECRET: required in production");
  }
  const fileStore: FileStoreConfig =
    env.FILE_STORE === "s3"
      ? s3FileStore(checked(S3EnvSchema, present))
      : { kind: "local", root: path.join(dataDir, "files") };
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    dataDir,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    authSecret: env.AUTH_SECRET ?? localSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    outboxDir: path.resolve(env.OUTBOX_DIR ?? path.join(dataDir, "outbox")),
    logLevel: env.LOG_LEVEL,
    demoData: env.DEMO_DATA,
    trustProxy: env.TRUST_PROXY,
    rateLimit: env.RATE_LIMIT,
    jobIntervalMs: Math.round(env.JOB_INTERVAL_SECONDS * 1000),
    fileStore,
  };
}

function checked<T extends z.ZodType>(schema: T, present: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

function s3FileStore(env: z.infer<typeof S3EnvSchema>): FileStoreConfig {
  return {
    kind: "s3",
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    // Self-hosted servers seldom give each bucket its own host name; AWS itself prefers one.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
  };
}

/** Outside production a secret is made once and kept in the data directory, so sessions survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
