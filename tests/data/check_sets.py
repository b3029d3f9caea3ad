"""Check the question sets in tests/data (run: python tests/data/check_sets.py).

- every line parses as JSON and has the expected fields and values;
- ids are unique and carry the set's prefix;
- every doc_id is a file under corpus/;
- for answerable sets: every must_contain item has at least one form that
  occurs in the normalised text of its doc_ids (normalisation as in
  /work/shared/eval/README.md), so the facts come from the documents.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent

SETS = {
    "heldout.jsonl": ("h", False),
    "tune.jsonl": ("t", False),
    "adversarial.jsonl": ("a", True),
    "out_of_scope.jsonl": ("o", True),
    "refusal_heldout.jsonl": ("r", True),
    "refusal_heldout2.jsonl": ("s", True),
    "refusal_heldout3.jsonl": ("v", True),  # also "grens": answerable questions close to the declines
    "refusal_heldout4.jsonl": ("w", True),
    "heldout2.jsonl": ("k", False),
    "heldout3.jsonl": ("m", False),
    "tune3.jsonl": ("n", False),
    "refusal_tune3.jsonl": ("x", True),
    "heldout4.jsonl": ("z", False),
    "refusal_tune4.jsonl": ("y", True),
    "tune4.jsonl": ("q", False),
    "tune5.jsonl": ("p", False),
    "heldout_relabel.jsonl": ("h", False),  # heldout.jsonl with doc_ids refreshed for today's corpus
    "heldout5.jsonl": ("j", False),
    "refusal_heldout5.jsonl": ("f", True),
    "refusal_tune5.jsonl": ("e", True),
    "tune6.jsonl": ("g", False),
    "tune7.jsonl": ("b", False),
    "heldout6.jsonl": ("c", False),
    "tune8.jsonl": ("i", False),
    "tune9.jsonl": ("l", False),
    "heldout7.jsonl": ("ha", False),
    "tune10.jsonl": ("ta", False),
    "heldout8.jsonl": ("hb", False),
    "tune11.jsonl": ("tb", False),
    "heldout9.jsonl": ("hc", False),
    "tune12.jsonl": ("tc", False),
    "heldout10.jsonl": ("hd", False),
    "tune13.jsonl": ("td", False),
    "tune14.jsonl": ("tf", False),
    "heldout11.jsonl": ("he", False),
    "heldout12.jsonl": ("hf", False),
    "tune15.jsonl": ("tg", False),
    "refusal_tune6.jsonl": ("d", True),
    "heldout13.jsonl": ("hh", False),
    "tune16.jsonl": ("th", False),
    "refusal_heldout6.jsonl": ("u", True),
    "heldout14.jsonl": ("hi", False),
    "tune17.jsonl": ("ti", False),
    "refusal_heldout7.jsonl": ("rb", True),
    "refusal_tune7.jsonl": ("ra", True),
    "heldout15.jsonl": ("hj", False),
    "tune18.jsonl": ("tj", False),
    "refusal_heldout8.jsonl": ("rc", True),
    "refusal_tune8.jsonl": ("rd", True),
    "heldout16.jsonl": ("hk", False),
    "tune19.jsonl": ("tk", False),
    "refusal_heldout9.jsonl": ("re", True),
    "refusal_tune9.jsonl": ("rf", True),
    "heldout17.jsonl": ("hl", False),
    "tune20.jsonl": ("tl", False),
    "refusal_heldout10.jsonl": ("rg", True),
    "refusal_tune10.jsonl": ("rh", True),
    "heldout18.jsonl": ("hm", False),
    "tune21.jsonl": ("tm", False),
    "refusal_heldout11.jsonl": ("ri", True),
    "refusal_tune11.jsonl": ("rj", True),
    "heldout19.jsonl": ("hn", False),
    "tune22.jsonl": ("tn", False),
    "refusal_heldout12.jsonl": ("rk", True),
    "refusal_tune12.jsonl": ("rl", True),
    "heldout20.jsonl": ("ho", False),
    "tune23.jsonl": ("to", False),
    "refusal_heldout13.jsonl": ("rm", True),
    "refusal_tune13.jsonl": ("rn", True),
    "heldout21.jsonl": ("hp", False),
    "tune24.jsonl": ("tp", False),
    "refusal_heldout14.jsonl": ("ro", True),
    "refusal_tune14.jsonl": ("rp", True),
    "heldout22.jsonl": ("hq", False),
    "tune25.jsonl": ("tq", False),
    "refusal_heldout15.jsonl": ("rq", True),
    "refusal_tune15.jsonl": ("rr", True),
    "heldout23.jsonl": ("hr", False),
    "tune26.jsonl": ("tr", False),
    "refusal_heldout16.jsonl": ("rs", True),
    "refusal_tune16.jsonl": ("rt", True),
    "heldout24.jsonl": ("hs", False),
    "tune27.jsonl": ("ts", False),
    "refusal_heldout17.jsonl": ("ru", True),
    "refusal_tune17.jsonl": ("rv", True),
    "heldout25.jsonl": ("ht", False),
    "tune28.jsonl": ("tt", False),
    "refusal_heldout18.jsonl": ("rw", True),
    "refusal_tune18.jsonl": ("rx", True),
    "heldout26.jsonl": ("hu", False),
    "tune29.jsonl": ("tu", False),
    "refusal_heldout19.jsonl": ("ry", True),
    "refusal_tune19.jsonl": ("rz", True),
    "heldout27.jsonl": ("hv", False),
    "tune30.jsonl": ("tv", False),
    "refusal_heldout20.jsonl": ("sa", True),
    "refusal_tune20.jsonl": ("sb", True),
    "heldout28.jsonl": ("hw", False),
    "tune31.jsonl": ("tw", False),
    "refusal_heldout21.jsonl": ("sc", True),
    "refusal_tune21.jsonl": ("sd", True),
    "refusal_tune22.jsonl": ("se", True),
    "heldout29.jsonl": ("hx", False),
    "tune32.jsonl": ("tx", False),
    "refusal_heldout22.jsonl": ("sf", True),
    "refusal_tune23.jsonl": ("sg", True),
    "heldout30.jsonl": ("hy", False),
    "tune33.jsonl": ("ty", False),
    "refusal_heldout23.jsonl": ("sh", True),
    "refusal_tune24.jsonl": ("si", True),
    "heldout31.jsonl": ("hz", False),
    "tune34.jsonl": ("tz", False),
    "refusal_heldout24.jsonl": ("sj", True),
    "refusal_tune25.jsonl": ("sk", True),
    "refusal_tune26.jsonl": ("sl", True),
    "heldout32.jsonl": ("ia", False),
    "tune35.jsonl": ("ua", False),
    "refusal_heldout25.jsonl": ("sm", True),
    "refusal_tune27.jsonl": ("sn", True),
    "heldout33.jsonl": ("ib", False),
    "tune36.jsonl": ("ub", False),
    "refusal_heldout26.jsonl": ("so", True),
    "refusal_tune28.jsonl": ("sp", True),
    "heldout34.jsonl": ("ic", False),
    "tune37.jsonl": ("uc", False),
    "refusal_heldout27.jsonl": ("sq", True),
    "refusal_tune29.jsonl": ("sr", True),
    "heldout35.jsonl": ("id", False),
    "tune38.jsonl": ("ud", False),
    "refusal_heldout28.jsonl": ("ss", True),
    "refusal_tune30.jsonl": ("st", True),
    "heldout36.jsonl": ("ie", False),
    "tune39.jsonl": ("ue", False),
    "refusal_heldout29.jsonl": ("su", True),
    "refusal_tune31.jsonl": ("sv", True),
    "heldout37.jsonl": ("if", False),
    "tune40.jsonl": ("uf", False),
    "refusal_heldout30.jsonl": ("sw", True),
    "refusal_tune32.jsonl": ("sx", True),
    "heldout38.jsonl": ("ig", False),
    "tune41.jsonl": ("ug", False),
    "refusal_heldout31.jsonl": ("sy", True),
    "refusal_tune33.jsonl": ("sz", True),
    "heldout39.jsonl": ("ih", False),
    "tune42.jsonl": ("uh", False),
    "refusal_heldout32.jsonl": ("va", True),
    "refusal_tune34.jsonl": ("vb", True),
    "heldout40.jsonl": ("ii", False),
    "tune43.jsonl": ("ui", False),
    "refusal_heldout33.jsonl": ("vc", True),
    "refusal_tune35.jsonl": ("vd", True),
    "refusal_tune36.jsonl": ("ve", True),
    "heldout41.jsonl": ("ij", False),
    "tune44.jsonl": ("uj", False),
    "refusal_heldout34.jsonl": ("vf", True),
    "refusal_tune37.jsonl": ("vg", True),
    "heldout42.jsonl": ("ik", False),
    "tune45.jsonl": ("uk", False),
    "refusal_heldout35.jsonl": ("vh", True),
    "refusal_tune38.jsonl": ("vi", True),
    "heldout43.jsonl": ("il", False),
    "tune46.jsonl": ("ul", False),
    "refusal_heldout36.jsonl": ("vj", True),
    "refusal_tune39.jsonl": ("vk", True),
    "heldout44.jsonl": ("im", False),
    "tune47.jsonl": ("um", False),
    "refusal_heldout37.jsonl": ("vl", True),
    "refusal_tune40.jsonl": ("vm", True),
    "heldout45.jsonl": ("in", False),
    "tune48.jsonl": ("un", False),
    "refusal_heldout38.jsonl": ("vn", True),
    "refusal_tune41.jsonl": ("vo", True),
    "heldout46.jsonl": ("io", False),
    "tune49.jsonl": ("uo", False),
    "refusal_heldout39.jsonl": ("vp", True),
    "refusal_tune42.jsonl": ("vq", True),
    "heldout47.jsonl": ("ip", False),
    "tune50.jsonl": ("up", False),
    "refusal_heldout40.jsonl": ("vr", True),
    "refusal_tune43.jsonl": ("vs", True),
    "heldout48.jsonl": ("iq", False),
    "tune51.jsonl": ("uq", False),
    "refusal_heldout41.jsonl": ("vt", True),
    "refusal_tune44.jsonl": ("vu", True),
    "heldout49.jsonl": ("ir", False),
    "tune52.jsonl": ("ur", False),
    "refusal_heldout42.jsonl": ("vv", True),
    "refusal_tune45.jsonl": ("vw", True),
    "heldout50.jsonl": ("is", False),
    "tune53.jsonl": ("us", False),
    "refusal_heldout43.jsonl": ("vx", True),
    "refusal_tune46.jsonl": ("vy", True),
    "heldout51.jsonl": ("it", False),
    "tune54.jsonl": ("ut", False),
    "refusal_heldout44.jsonl": ("vz", True),
    "refusal_tune47.jsonl": ("wa", True),
    "heldout52.jsonl": ("iu", False),
    "tune55.jsonl": ("uu", False),
    "refusal_heldout45.jsonl": ("wb", True),
    "refusal_tune48.jsonl": ("wc", True),
    "heldout53.jsonl": ("iv", False),
    "tune56.jsonl": ("uv", False),
    "refusal_heldout46.jsonl": ("wd", True),
    "refusal_tune49.jsonl": ("we", True),
    "tune57.jsonl": ("uw", False),
    "refusal_tune50.jsonl": ("wf", True),
    "heldout54.jsonl": ("ix", False),
    "tune58.jsonl": ("ux", False),
    "refusal_heldout47.jsonl": ("wg", True),
    "refusal_tune51.jsonl": ("wh", True),
    "tune59.jsonl": ("uy", False),
    "tune60.jsonl": ("uz", False),
    "tune61.jsonl": ("xa", False),
    "tune62.jsonl": ("xb", False),
    "heldout55.jsonl": ("iy", False),
    "refusal_heldout48.jsonl": ("wi", True),
    "refusal_tune52.jsonl": ("wj", True),
    "tune63.jsonl": ("xc", False),
    "tune64.jsonl": ("xd", False),
    "tune65.jsonl": ("xe", False),
}
ANSWER_CATS = {"definitie", "aanbesteding", "juridisch", "praktijk", "rijksoverheid",
               "praktijkvoorbeeld", "handreiking", "onderzoek"}
REFUSE_CATS = {"persoonsgegevens", "documenten", "buiten-scope", "manipulatie"}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"procent|percent", "%", text)
    text = text.replace("artikel", "art").replace("€", "")
    text = re.sub(r"\beuro\b", "", text)
    text = re.sub(r"(?<=\d)\s*(?:t/m|tot|a|–|—)\s*(?=\d)", "-", text)
    return re.sub(r"[^a-z0-9%]", "", text)


def main() -> int:
    errors = []
    for name, (prefix, refuse) in SETS.items():
        path = DATA / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        seen = set()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            iid = item.get("id", "")
            if not re.fullmatch(prefix + r"\d{2,}", iid) or iid in seen:
                errors.append(f"{where}: bad or duplicate id {iid!r}")
            seen.add(iid)
            if not item.get("question", "").strip():
                errors.append(f"{where}: empty question")
            if item.get("lang") not in ("nl", "en"):
                errors.append(f"{where}: bad lang")
            if not item.get("notes", "").strip():
                errors.append(f"{where}: empty notes")
            cats = REFUSE_CATS | {"grens"} if refuse else ANSWER_CATS
            if item.get("category") not in cats:
                errors.append(f"{where}: bad category {item.get('category')!r}")
            if refuse:
                wanted = "answer" if item.get("category") == "grens" else "refuse"
                if item.get("expected") != wanted:
                    errors.append(f"{where}: expected must be {wanted!r}")
                continue
            if "expected" in item:
                errors.append(f"{where}: answerable item has 'expected'")
            docs = item.get("doc_ids") or []
            text = ""
            for doc in docs:
                f = CORPUS / doc
                if not f.is_file():
                    errors.append(f"{where}: doc_id not found: {doc}")
                else:
                    text += f.read_text(encoding="utf-8")
            if not docs:
                errors.append(f"{where}: no doc_ids")
            norm = normalise(text)
            facts = item.get("must_contain") or []
            if not facts and "document removed" not in item.get("notes", ""):
                errors.append(f"{where}: no must_contain")  # retrieval-only when its facts' document was removed
            for fact in facts:
                forms = [normalise(x) for x in fact.split("|")]
                if any(not x for x in forms):
                    errors.append(f"{where}: empty form in {fact!r}")
                elif not any(x in norm for x in forms):
                    errors.append(f"{where}: {fact!r} not found in its doc_ids")
        print(f"{name}: {len(seen)} items")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
