/**
 * Named places where a test can make a write fail half-way, to prove that nothing of it stays.
 * Arming one outside tests is refused, so production code can never trip over them.
 */
const armed = new Set<string>();

export type FailpointName = "editing:after-first-write" | "import:half-way";

export function armFailpoint(name: FailpointName): void {
  if (process.env.NODE_ENV !== "test") throw new Error("Failpoints can only be armed in tests.");
  armed.add(name);
}

export function failpoint(name: FailpointName): void {
  if (armed.delete(name)) throw new Error(`failpoint ${name} tripped`);
}
