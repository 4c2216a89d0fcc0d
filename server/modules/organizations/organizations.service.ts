import type { z } from "zod";
import type { Database } from "../../db/client.ts";
import {
  type OrganizationAction,
  type OrganizationSubjects,
  type ProfileViewer,
  checkOrganization,
  organizationPermissions,
} from "../../../shared/policy/index.ts";
import { enforce } from "../../lib/authorize.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { NotAnImage, reencodeLogo, typeOfStored } from "../../lib/images.ts";
import {
  OrganizationInput,
  type Organization,
  type OrganizationUpdate,
} from "../../../shared/organizations.ts";
import type { Vocabulary } from "../../../shared/taxonomies.ts";
import type { Actor } from "../auth/actor.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { FileStore } from "../../lib/file-store.ts";
import type { OrganizationRow, OrganizationsRepo } from "./organizations.repo.ts";
import { logoUrl, presentOrganization, profileFacts } from "./organizations.presenter.ts";
import type { People } from "../auth/auth.module.ts";

type Deps = {
  database: Database;
  repo: OrganizationsRepo;
  taxonomies: Pick<TaxonomiesService, "unknownKeys" | "regionsOf">;
  files: FileStore;
  people: Pick<People, "namesOf">;
};
type Input = z.output<typeof OrganizationInput>;
type Update = z.output<typeof OrganizationUpdate>;

const maxLogoBytes = 512 * 1024;

export function createOrganizationsService(deps: Deps) {
  const { database, repo, taxonomies, files, people } = deps;

  /** Rejects any taxonomy key the vocabularies do not hold, naming the field. */
  async function checkTerms(input: Partial<Input>) {
    const checks: [keyof Input, Vocabulary, string[] | undefined][] = [
      ["types", "org_type", input.types],
      ["level", "level", input.level ? [input.level] : undefined],
      ["issues", "issue", input.issues],
      ["capacities", "capacity", input.capacities],
      ["workingLanguages", "language", input.workingLanguages],
      ["sizeBand", "size_band", input.sizeBand ? [input.sizeBand] : undefined],
      ["postures", "posture", input.postures],
      ["countries", "country", input.countries],
      [
        "headquartersCountry",
        "country",
        input.headquartersCountry ? [input.headquartersCountry] : undefined,
      ],
    ];
    const errors: { field: string; message: string }[] = [];
    for (const [field, vocabulary, values] of checks) {
      if (!values) continue;
      const unknown = await taxonomies.unknownKeys(vocabulary, values);
      if (unknown.length)
        errors.push({ field: `body.${field}`, message: `unknown: ${unknown.join(", ")}` });
    }
    if (errors.length) throw new Invalid("Some values are not in the vocabularies.", errors);
  }

  async function writable(input: Input) {
    const regions = await taxonomies.regionsOf([
      ...input.countries,
      ...(input.headquartersCountry ? [input.headquartersCountry] : []),
    ]);
    return {
      name: input.name,
      acronym: input.acronym ?? null,
      mission: input.mission ?? null,
      description: input.description ?? null,
      website: input.website ?? null,
      types: [...new Set(input.types)],
      level: input.level,
      headquartersCountry: input.headquartersCountry ?? null,
      countries: [...new Set(input.countries)],
      regions,
      issues: [...new Set(input.issues)],
      capacities: [...new Set(input.capacities)],
      workingLanguages: [...new Set(input.workingLanguages)],
      sizeBand: input.sizeBand ?? null,
      postures: [...new Set(input.postures)],
      contacts: input.contacts,
      visibility: input.visibility,
      hiddenFromDirectory: input.hiddenFromDirectory,
      discoverable: input.discoverable,
    };
  }

  async function viewerOf(actor: Actor | null, id: string): Promise<ProfileViewer> {
    return {
      signedIn: !!actor,
      platformAdmin: actor?.isPlatformAdmin ?? false,
      role: actor ? await repo.roleOf(id, actor.userId) : null,
    };
  }

  async function present(actor: Actor | null, row: OrganizationRow): Promise<Organization> {
    const [viewer, verifierName] = await Promise.all([
      viewerOf(actor, row.id),
      row.verifiedBy
        ? people.namesOf([row.verifiedBy]).then((n) => n.get(row.verifiedBy ?? "") ?? null)
        : null,
    ]);
    return presentOrganization(row, viewer, verifierName);
  }

  /**
   * Loads an organisation and checks what the actor would do with it; one they may not know
   * of (hidden) is refused exactly like an unknown id.
   */
  async function authorize<A extends OrganizationAction>(
    actor: Actor | null,
    id: string,
    options: { unknown?: string },
    action: A,
    ...subject: OrganizationSubjects[A] extends undefined ? [] : [OrganizationSubjects[A]]
  ): Promise<OrganizationRow> {
    const unknown = options.unknown ?? "No such organisation.";
    const row = await repo.findById(id);
    if (!row) throw new NotFound(unknown);
    const viewer = await viewerOf(actor, id);
    enforce(checkOrganization(viewer, profileFacts(row), action, ...subject), unknown);
    return row;
  }

  const requireManager = (actor: Actor, id: string) =>
    authorize(actor, id, {}, "organization.manage");

  return {
    async create(actor: Actor, input: Input): Promise<Organization> {
      await checkTerms(input);
      const id = newId();
      const row = await writable(input);
      await database.db.transaction(async (tx) => {
        await repo.insert(tx, { id, ...row, createdBy: actor.userId });
        await repo.addMember(tx, id, actor.userId, "owner");
      });
      const created = await repo.findById(id);
      if (!created) throw new Error("organisation vanished after insert");
      return present(actor, created);
    },

    async get(actor: Actor | null, id: string): Promise<Organization> {
      return present(actor, await authorize(actor, id, {}, "organization.read"));
    },

    async update(actor: Actor, id: string, patch: Update): Promise<Organization> {
      const existing = await requireManager(actor, id);
      await checkTerms(
        Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null)) as Partial<Input>,
      );
      const merged = OrganizationInput.parse({
        ...fromRow(existing),
        ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? undefined])),
      });
      await database.db.transaction(async (tx) => {
        await repo.update(tx, id, await writable(merged));
      });
      const updated = await repo.findById(id);
      if (!updated) throw new NotFound("No such organisation.");
      return present(actor, updated);
    },

    async setLogo(actor: Actor, id: string, bytes: Buffer) {
      const row = await requireManager(actor, id);
      if (bytes.length > maxLogoBytes) {
        throw new Invalid("The logo must be at most 512 KB.", [
          { field: "body", message: "too large" },
        ]);
      }
      // Judged by decoding it, not by its declared type or first bytes; what is stored is a
      // fresh encoding of the pixels, so nothing else that came with the upload is kept.
      const logo = await reencodeLogo(bytes).catch((error: unknown) => {
        if (!(error instanceof NotAnImage)) throw error;
        throw new Invalid("The logo must be a PNG, JPEG or WebP image.", [
          { field: "body", message: "not a PNG, JPEG or WebP image" },
        ]);
      });
      const name = await files.put("logos", logo.bytes, logo.extension);
      await repo.setLogo(row.id, name);
      if (row.logoFile && row.logoFile !== name) await files.remove("logos", row.logoFile);
      return present(actor, { ...row, logoFile: name });
    },

    async logo(actor: Actor | null, id: string) {
      // The same readers as the profile, whose logoUrl would otherwise point at a 404.
      const row = await authorize(actor, id, { unknown: "No logo." }, "organization.read");
      if (!row.logoFile) throw new NotFound("No logo.");
      const extension = row.logoFile.split(".").pop() ?? "bin";
      return {
        type: typeOfStored(row.logoFile),
        filename: `logo.${extension}`,
        bytes: await files.get("logos", row.logoFile),
      };
    },

    async listMine(actor: Actor) {
      const rows = await repo.listForUser(actor.userId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          acronym: r.acronym,
          logoUrl: logoUrl(r),
          verified: r.verifiedAt !== null,
          role: r.role,
          memberCount: r.memberCount,
          permissions: organizationPermissions(
            { signedIn: true, platformAdmin: actor.isPlatformAdmin, role: r.role },
            { hidden: r.hiddenFromDirectory, visibility: r.visibility },
          ),
        })),
      };
    },

    requireManager,
    authorize,
  };
}
export type OrganizationsService = ReturnType<typeof createOrganizationsService>;

function fromRow(row: OrganizationRow): Input {
  return {
    name: row.name,
    acronym: row.acronym ?? undefined,
    mission: row.mission ?? undefined,
    description: row.description ?? undefined,
    website: row.website ?? undefined,
    types: row.types,
    level: row.level,
    headquartersCountry: row.headquartersCountry ?? undefined,
    countries: row.countries,
    issues: row.issues,
    capacities: row.capacities,
    workingLanguages: row.workingLanguages,
    sizeBand: row.sizeBand ?? undefined,
    postures: row.postures,
    contacts: row.contacts,
    visibility: row.visibility,
    hiddenFromDirectory: row.hiddenFromDirectory,
    discoverable: row.discoverable,
  };
}
