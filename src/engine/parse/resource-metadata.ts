/**
 * An OAuth protected resource's metadata document (RFC 9728 §2), pasted beside the token: its `resource` is the
 * server's canonical identifier, the value an MCP client sends as the RFC 8707 `resource` parameter and the audience
 * the MCP authorization spec has the server require of its tokens ("MCP servers MUST validate that access tokens were
 * issued specifically for them as the intended audience"; a token minted for another resource is refused). So it is an
 * expectation of `aud` as good as the server's own setting (parse/verifier-config.ts), quoted as the evidence.
 *
 * Only a document that is one: `"resource"` within the same object as `"authorization_servers"` (RFC 9728's other
 * member every MCP server's document carries), so an API's other `"resource"` fields are not read. Linear: one indexOf
 * gates it, and each member is read in a bounded window around it.
 */
import type { ConfiguredValue } from './verifier-config.js';

const SERVERS_KEY = '"authorization_servers"';
/** The same object's members stand within this many characters of `authorization_servers` in any document seen. */
const WINDOW = 1500;
const RESOURCE = /"resource"\s{0,4}:\s{0,4}"(https?:\/\/[^"\s]{1,500})"/g;
const MAX_DOCUMENTS = 4;

export function readResourceMetadata(text: string): ConfiguredValue[] {
  const out: ConfiguredValue[] = [];
  let at = text.indexOf(SERVERS_KEY);
  for (let n = 0; at >= 0 && n < MAX_DOCUMENTS; n++) {
    const from = Math.max(0, text.lastIndexOf('{', at), at - WINDOW);
    const to = Math.min(text.length, at + WINDOW);
    const window = text.slice(from, to);
    // Only the members of the object around authorization_servers: no closing brace of another object between.
    RESOURCE.lastIndex = 0;
    for (let m = RESOURCE.exec(window); m !== null; m = RESOURCE.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const between = start < at ? text.slice(end, at) : text.slice(at, start);
      if (between.includes('}')) continue;
      const value = m[1] as string;
      if (!out.some((c) => c.value === value)) out.push({ claim: 'aud', value, start, end });
      break;
    }
    at = text.indexOf(SERVERS_KEY, at + SERVERS_KEY.length);
  }
  return out;
}
