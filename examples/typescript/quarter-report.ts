// A municipal script with TypeScript types generated from the OpenAPI document
// (openapi-typescript) and openapi-fetch: log in as an API client, list the groups page by page,
// and pull the last full quarter's report per neighbourhood.
//
//     node generated/js/quarter-report.js http://127.0.0.1:8080 <client id> <client secret>
//
// examples/README.md says how to generate the types and build it.
//
// Exits non-zero when an answer is not what the document promises.

import createClient from "openapi-fetch";

// Generated from the OpenAPI document into generated/schema.d.ts (see examples/README.md).
import type { components, paths } from "buurtverbinders-api";

type Group = components["schemas"]["Group"];

async function main(baseUrl: string, clientId: string, clientSecret: string): Promise<number> {
  const api = createClient<paths>({ baseUrl: `${baseUrl}/api/v1` });
  const token = await api.POST("/oauth/token", {
    body: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (!token.data) {
    console.error("no token", token.error);
    return 1;
  }
  const authorization = { Authorization: `Bearer ${token.data.access_token}` };

  const groups: Group[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.GET("/groups", { params: { query: { pageSize: 2, cursor } }, headers: authorization });
    if (!page.data) {
      console.error("no groups", page.error);
      return 1;
    }
    groups.push(...page.data.items);
    const next = page.data._links.next?.href;
    if (!next) break;
    cursor = new URL(next, baseUrl).searchParams.get("cursor") ?? undefined;
  }
  console.log("groups:", groups.map((g) => `${g.name} (${g.status})`).join(", "));

  const report = await api.GET("/reports/activity", {
    params: { query: { level: "neighbourhood" } },
    headers: authorization,
  });
  // The operation answers JSON or, on `Accept: text/csv`, CSV: this asked for JSON.
  if (!report.data || typeof report.data === "string") {
    console.error("no report", report.error);
    return 1;
  }
  for (const row of report.data.rows) {
    console.log(`${row.unit.neighbourhoodName} (${row.unit.buurtCode}): ${row.questionsAsked} questions`);
  }
  return 0;
}

const [baseUrl, clientId, clientSecret] = process.argv.slice(2);
if (!baseUrl || !clientId || !clientSecret) {
  console.error("usage: node quarter-report.js <base URL> <client id> <client secret>");
  process.exit(2);
}
main(baseUrl, clientId, clientSecret).then((code) => process.exit(code));
