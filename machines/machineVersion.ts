/**
 * The statechart's version, stored with every incident. Bump it when states are renamed or
 * removed, or a question moves earlier in the route, so a saved incident is checked before it is restored (machines/restore.ts). Kept apart
 * from the machine so storage code can read it without loading the whole statechart.
 */
export const machineVersion = 3;
