import type { z } from 'zod';

/**
 * A fast yes-or-don't-know check made from a Zod schema: `true` means the schema accepts the value
 * (`schema.safeParse(value).success` would be `true`); `false` means "ask Zod", which then decides
 * and words the issues.
 *
 * @example
 * ```ts
 * const accepts = schemaAcceptor(datasets.metrics.record);
 * const valid = accepts(record) || datasets.metrics.record.safeParse(record).success;
 * ```
 */
export type Acceptor = (value: unknown) => boolean;

/** The parts of a Zod 4 schema or check the acceptor reads (Zod's internals, `_zod.def`). */
interface Node {
  _zod: {
    def: {
      type?: string;
      check?: string;
      format?: string;
      coerce?: boolean;
      shape?: Record<string, Node>;
      catchall?: Node;
      innerType?: Node;
      element?: Node;
      options?: Node[];
      checks?: Node[];
      pattern?: RegExp;
      minimum?: number;
      fn?: (value: unknown) => unknown;
      tx?: (value: unknown) => unknown;
      when?: (payload: Payload) => boolean;
    };
    traits: Set<string>;
    values?: Set<unknown>;
    check?: (payload: Payload) => unknown;
  };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

const NEVER: Acceptor = () => false;

/**
 * Makes an {@link Acceptor} from a Zod 4 schema. It knows the schema kinds the record schemas are
 * made of (strict or plain objects, strings, numbers, booleans, enums, literals, arrays, unions,
 * optionals) and runs every check Zod would (regexes, lengths, refinements, `superRefine`s, a
 * `.trim()` that must leave the value as it is); for any other kind, a coercing schema, a
 * transform that changes a value, a key the schema does not name, or an asynchronous check, it
 * answers `false`, and Zod decides. It reads the value as it is: no copy is made (where Zod builds
 * the parsed value), which is what makes it several times faster than `safeParse` on records that
 * are valid, the common case in a build.
 *
 * @param schema - A Zod 4 schema.
 * @returns The acceptor: `true` only for a value the schema accepts.
 * @example
 * ```ts
 * const accepts = schemaAcceptor(z.strictObject({ id: z.string().regex(/^[a-z]+$/) }));
 * accepts({ id: 'abc' }); // true
 * accepts({ id: 'ABC' }); // false: Zod would refuse it
 * accepts({ id: 'abc', extra: 1 }); // false: a key the schema does not name
 * ```
 */
export function schemaAcceptor(schema: z.core.$ZodType): Acceptor {
  return compile(schema as unknown as Node);
}

function compile(node: Node): Acceptor {
  const def = node._zod.def;
  // A schema that is itself a check (a string format such as `z.iso.date()`) runs it first, as Zod does.
  const checks = checksOf(node._zod.traits.has('$ZodCheck') ? [node, ...(def.checks ?? [])] : (def.checks ?? []));
  const type = typeAcceptor(node);
  if (type === NEVER) return NEVER;
  if (checks === null) return type;
  return (value) => type(value) && checks(value);
}

/** The acceptor of a schema's own kind, before its checks. */
function typeAcceptor(node: Node): Acceptor {
  const def = node._zod.def;
  if (def.coerce) return NEVER;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum':
    case 'literal': {
      const values = node._zod.values;
      return values ? (value) => values.has(value) : NEVER;
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return inner === NEVER ? (value) => value === undefined : (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = compile(def.element!);
      if (element === NEVER) return (value) => Array.isArray(value) && value.length === 0;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = def.options!.map(compile).filter((option) => option !== NEVER);
      if (options.length === 0) return NEVER;
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    case 'object':
      return objectAcceptor(def.shape!, def.catchall);
    default:
      return NEVER;
  }
}

/**
 * An object's acceptor, written as one function for its keys (each read by a name written in the
 * code, which V8 specialises, rather than by a name held in a variable). A key the schema does not
 * name sends the value to Zod whatever the catchall: a strict object refuses it, a plain one
 * strips it, and its refinements would then see another object than this one.
 */
function objectAcceptor(shape: Record<string, Node>, catchall: Node | undefined): Acceptor {
  if (catchall !== undefined && catchall._zod.def.type !== 'never') return NEVER;
  const keys = Object.keys(shape);
  const accept = keys.map((key) => compile(shape[key]!));
  const optional = keys.map((key) => shape[key]!._zod.def.type === 'optional');
  const name = JSON.stringify;
  const body = [
    "if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;",
    ...keys.map((key, i) =>
      optional[i]
        ? `{ const x = v[${name(key)}]; if (x !== undefined && !A[${i}](x)) return false; }`
        : `{ const x = v[${name(key)}]; if (x === undefined || !A[${i}](x)) return false; }`,
    ),
    // Every key the value has must be one the schema names (Zod reads them with `for…in` too).
    `for (const k in v) { switch (k) { ${keys.map((key) => `case ${name(key)}:`).join(' ')} continue; default: return false; } }`,
    'return true;',
  ];
  return new Function('A', `return function acceptObject(v) {\n${body.join('\n')}\n};`)(accept) as Acceptor;
}

/**
 * The checks of a schema (refinements, regexes, lengths, `.trim()`) as one acceptor, run in order
 * on a value its type already accepts; `null` when there are none.
 */
function checksOf(checks: readonly Node[]): Acceptor | null {
  if (checks.length === 0) return null;
  const each = checks.map(checkAcceptor);
  if (each.length === 1) return each[0]!;
  return (value) => {
    for (const check of each) if (!check(value)) return false;
    return true;
  };
}

/**
 * One check. The common kinds are read from their definition (a regex tested, a minimum length, a
 * refinement's function called, a transform that must give back the same value); any other runs
 * as Zod runs it (`_zod.check` on a payload of its own, after its `when`), and passes when it adds no
 * issue and is synchronous.
 */
function checkAcceptor(check: Node): Acceptor {
  const { def, traits } = check._zod;
  if (def.check === 'overwrite' && def.tx) {
    const tx = def.tx;
    return (value) => tx(value) === value;
  }
  if (traits.has('$ZodCheckRegex') && def.pattern) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if (traits.has('$ZodCheckMinLength') && def.minimum !== undefined && def.minimum <= 1) {
    // At most one: a value of that many UTF-16 units has that many code points (Zod counts those).
    const minimum = def.minimum;
    return (value) => typeof (value as { length?: unknown }).length === 'number' && (value as string).length >= minimum;
  }
  if (traits.has('$ZodCustom') && def.fn) {
    const fn = def.fn;
    return (value) => {
      const result = fn(value);
      return !(result instanceof Promise) && Boolean(result);
    };
  }
  const run = check._zod.check;
  if (!run) return NEVER;
  const when = def.when;
  // One payload, reset for each value: a check runs to its end before the next starts.
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    if (when && !when(payload)) return true;
    const result = run(payload);
    return !(result instanceof Promise) && payload.issues.length === 0 && payload.value === value;
  };
}
