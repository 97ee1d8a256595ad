#!/bin/sh
# Validates an Office add-in XML manifest offline against the XSDs beside this script.
# Usage: sh schemas/manifest/validate-manifest.sh manifest.xml
# Exit status: xmllint's (0 valid, 3 invalid, 5 schema did not compile, 1 not well-formed).
#
# The XSDs here are kept byte for byte as published. libxml2 cannot compile them as they are, so
# this works on a temporary copy (README.md beside this script says why):
#   1. https://www.w3.org/... -> http://www.w3.org/... (the XML Schema and xmldsig namespace names)
#   2. the pattern {0,3}? -> {0,3} (a lazy quantifier, which XSD regular expressions do not have)
#   3. <Runtimes>...</Runtimes> is blanked out of a copy of the manifest, line numbers kept: these
#      XSDs predate it, so it is NOT checked.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
m=${1:?usage: validate-manifest.sh manifest.xml}
[ -r "$m" ] || { echo "cannot read $m" >&2; exit 2; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cp "$here"/*.xsd "$t"/
sed -i -e 's#https://www\.w3\.org/#http://www.w3.org/#g' -e 's#{0,3}?"#{0,3}"#' "$t"/*.xsd
name=$(basename "$m")
perl -0pe 's{<(?:\w+:)?Runtimes\b(?:[^>]*/>|.*?</(?:\w+:)?Runtimes\s*>)}{(my $x = $&) =~ tr/\n//cd; $x}gse' "$m" > "$t/$name"
if ! cmp -s "$m" "$t/$name"; then
  echo "note: <Runtimes> not checked (absent from these XSDs); blanked before validation" >&2
fi
cd "$t"
xmllint --noout --nonet --schema OfficeAppManifestV1_1.xsd "$name"
