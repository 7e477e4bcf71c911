#!/bin/sh
# Appels du service Communs OPCO avec curl. Usage : sh appels.sh http://127.0.0.1:8080
# Avec des clés d'API : ajouter -H "Authorization: Bearer $CLE" à chaque appel.
set -eu
BASE="$1"

echo "# Vivacité et disponibilité"
curl -sS --fail "$BASE/sante"; echo
curl -sS --fail "$BASE/pret"; echo

echo "# Contrôle d'un SIRET"
curl -sS --fail "$BASE/v1/identifiants/siret/35600000009075"; echo

echo "# Contrôle d'un contrat (fin avant le début : constat bloquant), au 2025-11-03, règles du contrat seulement"
curl -sS --fail -H 'Content-Type: application/json' \
  --data '{"contrat":{"dateDebutContrat":"2025-09-01","dateFinContrat":"2025-01-01"}}' \
  "$BASE/v1/contrats/controle?date=2025-11-03&referentiel=aucun" | head -c 400; echo

echo "# Lot NDJSON : une ligne de résultat par contrat, puis le résumé"
printf '%s\n' '{"contrat":{"dateDebutContrat":"2025-09-01","dateFinContrat":"2026-08-31"}}' '{pas du json' \
  | curl -sS --fail -H 'Content-Type: application/x-ndjson' --data-binary @- \
    "$BASE/v1/contrats/controle?date=2025-11-03&referentiel=aucun" | cut -c1-160

echo "# NPEC applicable"
curl -sS --fail "$BASE/v1/npec?rncp=RNCP1002&idcc=478&date=2024-09-01" | head -c 300; echo

echo "# Une erreur : problème RFC 9457 en français (JSON invalide, ligne et colonne)"
curl -sS -H 'Content-Type: application/json' --data '{"dateNaissance":' "$BASE/v1/remuneration"; echo
test "$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data '{"dateNaissance":' "$BASE/v1/remuneration")" = "400"
echo "Appels curl réussis."
