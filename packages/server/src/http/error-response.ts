/**
 * A refusal outside GraphQL execution (too large, too many, not allowed) in the shape GraphQL
 * clients read: `errors[0].message` and `errors[0].extensions.code`.
 */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
