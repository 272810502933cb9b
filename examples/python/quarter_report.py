"""A municipal script with the Python client generated from the OpenAPI document
(openapi-python-client): log in as an API client, list the groups, and pull the last full
quarter's report per neighbourhood, as JSON and as CSV for Dutch Excel.

    PYTHONPATH=generated python quarter_report.py http://127.0.0.1:8080 <client id> <client secret>

examples/README.md says how to generate the client into generated/.

Exits non-zero when an answer is not what the document promises.
"""

import sys

import httpx

from buurtverbinders_api_client import AuthenticatedClient, Client
from buurtverbinders_api_client.api.auth import issue_token
from buurtverbinders_api_client.api.groups import list_groups
from buurtverbinders_api_client.api.reports import activity_report
from buurtverbinders_api_client.models import (
    ActivityReport,
    ClientTokenResponse,
    GroupPage,
    Link,
    ReportLevel,
    TokenRequest,
)


def main(base_url: str, client_id: str, client_secret: str) -> int:
    api = f"{base_url}/api/v1"
    token = issue_token.sync(
        client=Client(base_url=api),
        body=TokenRequest(grant_type="client_credentials", client_id=client_id, client_secret=client_secret),
    )
    if not isinstance(token, ClientTokenResponse):
        print(f"no token: {token}", file=sys.stderr)
        return 1
    client = AuthenticatedClient(base_url=api, token=token.access_token)

    names: list[str] = []
    page = list_groups.sync(client=client, page_size=2)
    while isinstance(page, GroupPage):
        names.extend(group.name for group in page.items)
        next_link = page.field_links.next_
        if not isinstance(next_link, Link) or "cursor=" not in next_link.href:
            break
        cursor = next_link.href.split("cursor=", 1)[1].split("&", 1)[0]
        page = list_groups.sync(client=client, page_size=2, cursor=cursor)
    if not names:
        print(f"no groups: {page}", file=sys.stderr)
        return 1
    print("groups:", ", ".join(names))

    report = activity_report.sync(client=client, level=ReportLevel.NEIGHBOURHOOD)
    if not isinstance(report, ActivityReport):
        print(f"no report: {report}", file=sys.stderr)
        return 1
    for row in report.rows:
        print(f"{row.unit.neighbourhood_name} ({row.unit.buurt_code}): {row.questions_asked} questions")

    # The same report for Dutch Excel: `;`, a decimal comma and a byte-order mark.
    csv = httpx.get(
        f"{api}/reports/activity",
        params={"level": "neighbourhood"},
        headers={"Authorization": f"Bearer {token.access_token}", "Accept": "text/csv; dialect=excel-nl"},
    )
    if csv.status_code != 200 or not csv.content.startswith(b"\xef\xbb\xbffrom;to;level;"):
        print(f"no CSV: {csv.status_code} {csv.text[:80]}", file=sys.stderr)
        return 1
    print(f"CSV: {len(csv.text.splitlines()) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
