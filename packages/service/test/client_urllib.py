"""Client du service Communs OPCO écrit en Python (bibliothèque standard seulement : urllib).

Prouve que le contrat OpenAPI sert un système d'information qui n'est pas en TypeScript :
chaque appel vérifie le statut, le type de contenu et la forme de la réponse, puis le script
imprime un bilan JSON sur la sortie standard. Usage : python3 client_urllib.py URL_DE_BASE
"""
import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/")


def appeler(methode, chemin, corps=None, type_contenu=None):
    donnees = None if corps is None else corps.encode("utf-8")
    requete = urllib.request.Request(BASE + chemin, data=donnees, method=methode)
    if type_contenu is not None:
        requete.add_header("Content-Type", type_contenu)
    try:
        with urllib.request.urlopen(requete, timeout=20) as reponse:
            return reponse.status, reponse.headers.get("Content-Type", ""), reponse.read().decode("utf-8")
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.headers.get("Content-Type", ""), erreur.read().decode("utf-8")


bilan = {}

statut, _, texte = appeler("GET", "/openapi.json")
assert statut == 200
document = json.loads(texte)
bilan["openapi"] = document["openapi"]
bilan["routes"] = len(document["paths"])

statut, _, texte = appeler("GET", "/v1/identifiants/siret/35600000009075")
assert statut == 200
bilan["siret"] = json.loads(texte)

contrat = json.dumps({"contrat": {"dateDebutContrat": "2025-09-01", "dateFinContrat": "2025-01-01"}})
statut, type_contenu, texte = appeler("POST", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", contrat, "application/json")
assert statut == 200 and type_contenu.startswith("application/json")
resultat = json.loads(texte)
bilan["controle"] = {"statut": resultat["statut"], "regles": sorted({c["regle"] for c in resultat["constats"]})}

lot = contrat + "\n{pas du json\n" + contrat + "\n"
statut, type_contenu, texte = appeler("POST", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", lot, "application/x-ndjson")
assert statut == 200 and type_contenu.startswith("application/x-ndjson")
lignes = [json.loads(ligne) for ligne in texte.strip().split("\n")]
bilan["lot"] = [ligne.get("statut", "resume") for ligne in lignes]
bilan["resume"] = lignes[-1]["resume"]

statut, type_contenu, texte = appeler("POST", "/v1/remuneration", '{\n "dateNaissance": ', "application/json")
probleme = json.loads(texte)
bilan["probleme"] = {"statut": statut, "type": type_contenu.split(";")[0], "ligne": probleme["ligne"], "colonne": probleme["colonne"], "titre": probleme["title"]}

print(json.dumps(bilan, ensure_ascii=False))
