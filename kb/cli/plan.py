"""`kb plan`: a social-return plan for one contract."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kb.cli.base import cli, knowledge_base_for_command


@cli.command()
@click.option("--type", "contract_type", required=True, metavar="werk|dienst|levering", help="Soort opdracht.")
@click.option("--value", required=True, help="Opdrachtwaarde in euro's excl. btw, bijv. 1200000 of '1,2 miljoen'.")
@click.option("--years", help="Looptijd in jaren, bijv. 4 of 0,5.")
@click.option("--sector", default="", help="Sector uit de corpuslijst, bijv. schoonmaak, bouw, groen.")
@click.option("--organisation", default="", help="Opdrachtgever, bijv. 'gemeente Utrecht' (onbekend: algemene richtlijnen).")
@click.option("--region", default="", help="Gebruik de regels van dit profiel (bestandsnaam in corpus/rules/).")
@click.option("--labour-share", help="Aandeel arbeid in de opdracht: 0,6 of 60%.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole plan as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True, help="Print the whole plan as a Markdown memo.")
@click.option("--docx", "docx_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the memo as a Word document to this file.")
def plan(contract_type: str, value: str, years: str | None, sector: str, organisation: str, region: str,
         labour_share: str | None, as_json: bool, as_markdown: bool, docx_path: Path | None) -> None:
    """Plan social return for one contract: fit, routes, the obligation in euros with its arithmetic,
    building-block combinations, clause drafts and a phase checklist, every line cited.

    The rules come from corpus/rules/*.yaml; an organisation without rules gets the general guidance,
    said as such. Bad input (an amount that is not one, an unknown type, sector or region) gets a Dutch
    message and exit code 2. No index is needed.

    \b
    Examples:
      kb plan --type dienst --value 1200000 --years 4 --sector schoonmaak --organisation "gemeente Utrecht"
      kb plan --type werk --value "20 miljoen" --organisation "Súdwest-Fryslân" --markdown
      kb plan --type dienst --value 300000 --years 2 --organisation Rijk --labour-share 0.6 --docx memo.docx
    """
    from kb.plan import BadPlanInput, PlanRequest
    from kb.plan.export import summary_text, to_markdown, write_docx

    knowledge_base = knowledge_base_for_command()
    try:
        request = PlanRequest.parse(type=contract_type, value=value, years=years, sector=sector,
                                    organisation=organisation, region=region, labour_share=labour_share)
        result = knowledge_base.plan(request)
    except BadPlanInput as exc:
        if as_json:
            click.echo(json.dumps({"error": "bad_input", "message": str(exc)}, ensure_ascii=False))
        click.echo(f"Fout: {exc}", err=True)
        sys.exit(2)
    if docx_path:
        write_docx(result, docx_path)
        click.echo(f"Memo geschreven naar {docx_path}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    elif as_markdown:
        click.echo(to_markdown(result))
    elif not docx_path:
        click.echo(summary_text(result))
