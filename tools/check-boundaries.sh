#!/usr/bin/env bash
# Proves the module-boundary rule fires: a deliberate violation must fail lint.
set -euo pipefail
cd "$(dirname "$0")/.."
probe_dirs=(libs/domain/src/lib libs/api/strategy/src/lib libs/web/ui/src/lib)
probe_imports=("import '@regie/api/testing';" "import '@angular/core';" "import '@nestjs/common';")
status=0
for i in "${!probe_dirs[@]}"; do
  file="${probe_dirs[$i]}/boundary-probe.ts"
  printf '%s\nexport const probe = 1;\n' "${probe_imports[$i]}" > "$file"
  output=$(npx eslint --no-warn-ignored "$file" 2>&1 || true)
  if grep -qE 'can only depend on libs tagged with|is not allowed to import' <<<"$output"; then
    echo "boundary check: ${probe_imports[$i]} in ${probe_dirs[$i]} refused, as it should be"
  else
    echo "boundary check: ${probe_imports[$i]} in ${probe_dirs[$i]} was NOT refused" >&2
    status=1
  fi
  rm -f "$file"
done
exit $status
