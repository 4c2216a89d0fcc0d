import type { PeopleRepo } from "./people.repo.ts";

/** What other modules may ask about people: names to show, where and in which language to write. */
export type People = Pick<PeopleRepo, "namesOf" | "contacts" | "actor" | "localeOf">;
export { createPeopleRepo } from "./people.repo.ts";
