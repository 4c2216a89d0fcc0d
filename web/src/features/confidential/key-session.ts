/*
 * The one place these pages reach the keys feature: the unlocked session (a React context the
 * keys pages provide) and the alert shown when the server presents a changed key. Every other
 * module here imports from this file, so a change of name there is one change here.
 */
export { useKeySession } from "../keys/key-session.tsx";
export { KeyChangeAlert } from "../keys/KeyChangeAlert.tsx";
export {
  type CryptoModule,
  type KeyChange,
  KeyChangeRefused,
  type KeySession,
  type OrganizationKeyring,
} from "../keys/key-session-contract.ts";
