import { uuidv7 } from "uuidv7";

/** Time-ordered ids keep primary-key indexes compact and sortable by creation. */
export const newId = (): string => uuidv7();
