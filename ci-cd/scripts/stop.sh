#!/usr/bin/env bash
# npm stop: stops the apps, nginx and the local services that npm start started. Data in .data/ is kept.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/ci-cd/scripts/stack.sh"
stop_stack dev
stop_stack e2e
bash "$ROOT/ci-cd/scripts/services.sh" stop
