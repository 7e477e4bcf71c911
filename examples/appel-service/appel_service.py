"""Appels du service Communs OPCO depuis Python, avec la seule bibliothèque standard (urllib).

Ce que ferait le système d'information d'un OPCO (Java, .NET, SAP, Salesforce… : le principe est
le même) : contrôler un contrat à la saisie, lire les constats, traiter un lot en NDJSON ligne
à ligne, et lire les erreurs application/problem+json. Usage : python3 appel_service.py URL
Avec des clés d'API : variable OPCO_CLE_API (envoyée en « Authorization: Bearer »).
"""
import json
import os
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/")
CLE = os.environ.get("OPCO_CLE_API")


def requete(methode, chemin, corps=None, type_contenu="application/json"):
    req = urllib.request.Request(BASE + chemin, data=corps, method=methode)
    if corps is not None:
        req.add_header("Content-Type", type_contenu)
    if CLE:
        req.add_header("Authorization", "Bearer " + CLE)
    return req


# 1. Contrôle d'un contrat à la saisie : statut et constats (message en français, chemins des champs).
contrat = {"contrat": {"dateDebutContrat": "2025-09-01", "dateFinContrat": "2025-01-01"}}
with urllib.request.urlopen(requete("POST", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", json.dumps(contrat).encode())) as r:
    resultat = json.load(r)
print("Statut du contrat :", resultat["statut"])
for constat in resultat["constats"][:3]:
    print(" -", constat["regle"], ":", constat["message"])

# 2. Lot NDJSON lu ligne à ligne, au fil de la réponse (mémoire constante côté client aussi).
lot = "\n".join(json.dumps(contrat) for _ in range(3)) + "\n{pas du json\n"
with urllib.request.urlopen(requete("POST", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", lot.encode(), "application/x-ndjson")) as r:
    for ligne in r:
        donnee = json.loads(ligne)
        if "resume" in donnee:
            print("Résumé du lot :", donnee["resume"])
        else:
            print(f"Ligne {donnee['source']['ligne']} : {donnee['statut']}")

# 3. Une erreur se lit comme un problème RFC 9457 (titre et détail en français).
try:
    urllib.request.urlopen(requete("GET", "/v1/npec?rncp=RNCP1002&idcc=478&date=2024-02-30"))
    sys.exit("une date inexistante aurait dû être refusée")
except urllib.error.HTTPError as erreur:
    probleme = json.load(erreur)
    assert erreur.code == 422 and erreur.headers["Content-Type"].startswith("application/problem+json")
    print(f"Erreur {probleme['status']} attendue : {probleme['title']} — {probleme['detail']}")

print("Appels Python réussis.")
