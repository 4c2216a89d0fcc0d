import type { OrganizationInput } from "../../shared/organizations.ts";
import type { Auth } from "../modules/auth/auth.ts";
import { createVerifiedUser } from "../modules/auth/users.ts";
import { type TestApp, testOrigin } from "./harness.ts";

export type SignedIn = {
  userId: string;
  email: string;
  cookie: string;
  headers: Record<string, string>;
};

let counter = 0;
export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}-${counter++}@example.org`;
export const testPassword = "correct horse battery staple";

const hashes = new Map<string, Promise<string>>();

/**
 * Creates a verified user as the CLI does (createVerifiedUser), with Better Auth's own hasher
 * asked once per password in a test process: a scrypt hash carries its salt, so every account
 * storing it signs in exactly as if its password had been hashed anew, and hashing it again
 * for each of hundreds of test accounts cost 0.1 to 0.3 s each.
 */
export async function createTestUser(
  t: TestApp,
  input: Parameters<typeof createVerifiedUser>[1],
): Promise<string> {
  const context = await t.services.auth.$context;
  const hash = (password: string) => {
    let made = hashes.get(password);
    if (!made) {
      made = context.password.hash(password);
      hashes.set(password, made);
    }
    return made;
  };
  // createVerifiedUser reads only the hasher from Better Auth's context.
  const auth = {
    $context: Promise.resolve({ ...context, password: { ...context.password, hash } }),
  } as unknown as Auth;
  return createVerifiedUser({ db: t.services.db, auth }, input);
}

/** Creates a verified user and signs in through the real sign-in route. */
export async function signedInUser(
  t: TestApp,
  label: string,
  options: { isPlatformAdmin?: boolean } = {},
): Promise<SignedIn> {
  const email = uniqueEmail(label);
  const userId = await createTestUser(t, {
    email,
    name: label,
    password: testPassword,
    ...options,
  });
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: testOrigin, "content-type": "application/json" },
    payload: { email, password: testPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { userId, email, cookie, headers: { cookie, origin: testOrigin } };
}

export const sampleOrganization = (
  overrides: Partial<OrganizationInput> = {},
): OrganizationInput => ({
  name: "Sawt al-Haqq Legal Aid Network",
  acronym: "SHLAN",
  mission: { original: "en", texts: { en: "Free legal aid for detainees and their families." } },
  types: ["legal_aid", "human_rights"],
  level: "national",
  headquartersCountry: "JO",
  countries: ["JO", "LB"],
  issues: ["arbitrary_detention", "fair_trial"],
  capacities: ["litigation", "legal_analysis"],
  workingLanguages: ["ar", "en"],
  ...overrides,
});

/** Creates an organisation through the API as `owner`; returns its id. */
export async function createOrganization(
  t: TestApp,
  owner: SignedIn,
  overrides: Partial<OrganizationInput> = {},
) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/organizations",
    headers: owner.headers,
    payload: sampleOrganization(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
  return (response.json() as { id: string }).id;
}
