import type { UiLocale } from "../../shared/locales.ts";
import type { DemoOrg, DemoPerson } from "./demo-types.ts";
import { africaOrgs } from "./orgs-africa.ts";
import { americasOrgs } from "./orgs-americas.ts";
import { asiaOrgs } from "./orgs-asia.ts";
import { europeOrgs } from "./orgs-europe.ts";
import { oceaniaOrgs } from "./orgs-oceania.ts";
import { westAsiaOrgs } from "./orgs-west-asia.ts";

export type DemoAccount = {
  email: string;
  name: string;
  password: string;
  locale: UiLocale;
  /** What the person is for, printed beside the sign-in at start-up. */
  about: string;
};

/** Everyone uses this password, so the demo is easy to try; it is printed at start-up. */
export const demoPassword = "common-ground-demo";

export const demoAdmin: DemoAccount = {
  email: "admin@demo.common-ground.org",
  name: "Demo platform administrator",
  password: "common-ground-admin",
  locale: "en",
  about: "platform administrator: reviews and verifies organisations",
};

export const demoPeople: Record<DemoPerson, DemoAccount> = {
  amina: {
    email: "amina@demo.common-ground.org",
    name: "Amina Haddad",
    password: demoPassword,
    locale: "ar",
    about: "Arabic interface, Middle East and North Africa",
  },
  claire: {
    email: "claire@demo.common-ground.org",
    name: "Claire Ndiaye",
    password: demoPassword,
    locale: "fr",
    about: "French interface, West and Central Africa, Europe",
  },
  lucia: {
    email: "lucia@demo.common-ground.org",
    name: "Lucía Quispe",
    password: demoPassword,
    locale: "es",
    about: "Spanish interface, Latin America",
  },
  james: {
    email: "james@demo.common-ground.org",
    name: "James Okello",
    password: demoPassword,
    locale: "en",
    about: "English interface, East Africa, donors and networks",
  },
  priya: {
    email: "priya@demo.common-ground.org",
    name: "Priya Raman",
    password: demoPassword,
    locale: "en",
    about: "English interface, Asia and the Pacific",
  },
};

export const demoOrgs: DemoOrg[] = [
  ...africaOrgs,
  ...americasOrgs,
  ...westAsiaOrgs,
  ...asiaOrgs,
  ...europeOrgs,
  ...oceaniaOrgs,
];
