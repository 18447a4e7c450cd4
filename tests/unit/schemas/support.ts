import type { z } from "astro/zod";

/** Each field a schema rejects, with its message; "(root)" for the object itself. */
export function problems(schema: z.ZodTypeAny, data: unknown): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join(".") || "(root)", issue.message]),
  );
}
