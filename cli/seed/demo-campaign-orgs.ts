/** The organisations of the demo campaign, by their names in the demo directory. */
export const forum = "Arms Transparency Forum Europe";
export const maan = "Maan li-Atfal al-Yaman";
export const bureau = "Bureau Genevois pour la Justice Internationale";
export const rescue = "Mediterranean Rescue Legal Desk";
export const fund = "Northern Lights Rights Fund";
