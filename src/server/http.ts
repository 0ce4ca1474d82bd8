/** What routes share: the zod type provider, the French HTTP errors, the body parser. */
import type { FastifyPluginAsync, FastifyTypeProvider, RawServerDefault } from 'fastify';
import fr from 'zod/v4/locales/fr.js';
import { z } from '../zod.ts';

/** Route schemas are zod schemas: the handler sees the parsed, typed body, query and params. */
export interface ZodProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

export type RoutePlugin = FastifyPluginAsync<Record<never, never>, RawServerDefault, ZodProvider>;

/** An error whose message, in French, may be shown to the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Further French lines (a pack's problems), sent as `errors`. */
    readonly details?: string[],
  ) {
    super(message);
  }
}

const localeError = fr().localeError;

/** The first few issues of a failed parse, one line each, naming the field at fault. */
export function frenchIssues(error: z.ZodError, part: string): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join('.') || part;
    return `${where} : ${issue.message}`;
  });
  if (error.issues.length > 5) lines.push(`… et ${error.issues.length - 5} autre(s) problème(s)`);
  return `Requête invalide : ${lines.join(' ; ')}`;
}

/** Fastify's validator compiler for zod schemas. */
export function zodValidatorCompiler({ schema, httpPart }: { schema: unknown; httpPart?: string }) {
  const zod = schema as z.ZodType;
  return (data: unknown) => {
    const result = zod.safeParse(data, { error: localeError });
    if (result.success) return { value: result.data };
    return { error: new HttpError(400, frenchIssues(result.error, httpPart ?? 'corps')) };
  };
}

/**
 * Fastify's serializer compiler for zod response schemas: a reply is checked against its route's
 * schema (unknown fields dropped: nothing the schema does not name leaves the server) and
 * written as JSON. A reply that does not match is a server bug: a 500, logged, never sent.
 */
export function zodSerializerCompiler({ schema }: { schema: unknown }) {
  const zod = schema as z.ZodType;
  return (data: unknown) => JSON.stringify(zod.parse(data));
}

export const Uuid = z.uuid({ error: 'identifiant invalide' });
export const IdParams = z.object({ id: Uuid });
export const Email = z.email({ error: 'adresse e-mail invalide' }).max(254);
export const Name = z.string().trim().min(1).max(80);
