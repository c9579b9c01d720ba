# csemonitor: `make run` to serve, `make test` to test. Both set up .venv when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Two installs by role: the service (make run) and, on top of it, the development tools (make test).
SERVICE := $(VENV)/.installed-server
DEV := $(VENV)/.installed-dev
PROTO_SRC := proto/csemonitor/v2/metric.proto proto/csemonitor/prometheus/remote.proto
GEN_DIR := generated
comma := ,

.PHONY: vendor-uplot image run test fuzz generate check-generated lint typecheck install clean bench bench-dashboard bench-remote bench-render bench-store bench-packed

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(SERVICE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[server]'
	touch $@

$(DEV): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(SERVICE)

install: $(SERVICE)

run: $(SERVICE)
	$(PY) -m csemonitor.server.launch $(ARGS)

# Three workers (pytest-xdist): the tests mostly wait on real processes, so more workers than
# cores still shortens the run; TEST_WORKERS=0 runs them in this process, one after another.
TEST_WORKERS ?= 3
test: $(DEV) check-generated lint typecheck
	$(PY) -m pytest -q -n $(TEST_WORKERS)

# The long fuzz: fresh seeds (printed; replay with CSEMONITOR_FUZZ_SEED=<seed>), edge numbers on
# both protocols and the OpenAPI document's operations. FUZZ_EXAMPLES sets the length.
FUZZ_EXAMPLES ?= 400
fuzz: $(DEV)
	CSEMONITOR_FUZZ=fresh CSEMONITOR_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q \
	  tests/test_fuzz_numbers.py::test_edge_numbers_with_a_fresh_seed tests/test_fuzz_openapi.py

# protoc from grpcio-tools; google/api/*.proto come from googleapis-common-protos,
# google/protobuf/*.proto from grpcio-tools itself.
generate: $(DEV)
	rm -rf $(GEN_DIR)/csemonitor/v2 $(GEN_DIR)/csemonitor/prometheus
	$(PY) -c 'import os, sys, grpc_tools; from google.api import annotations_pb2; from grpc_tools import protoc; \
	  site = os.path.dirname(os.path.dirname(os.path.dirname(annotations_pb2.__file__))); \
	  inc = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto"); \
	  sys.exit(protoc.main(["protoc", "-Iproto", "-I" + site, "-I" + inc, \
	    "--python_out=$(GEN_DIR)", "--pyi_out=$(GEN_DIR)", "--grpc_python_out=$(GEN_DIR)", *"$(PROTO_SRC)".split()]))'
	touch $(GEN_DIR)/csemonitor/v2/__init__.py $(GEN_DIR)/csemonitor/prometheus/__init__.py

check-generated: $(DEV)
	@tmp=$$(mktemp -d) && cp -r $(GEN_DIR) $$tmp/before && \
	  $(MAKE) -s generate >/dev/null && \
	  if diff -r $$tmp/before $(GEN_DIR) >/dev/null; then rm -rf $$tmp; echo "generated/ is up to date"; \
	  else diff -r $$tmp/before $(GEN_DIR) | head -20; rm -rf $$tmp; echo "generated/ is stale: run make generate and commit"; exit 1; fi

# Part of make test (and so of CI): ruff's checks and its format, on every Python folder.
lint: $(DEV)
	$(PY) -m ruff check core server gateway client harness tests bench
	$(PY) -m ruff format --check core server gateway client harness tests bench

# Part of make test: mypy over the installed package's layout. mypy cannot follow the editable
# install's import hook, so a tree of links maps the folders into `csemonitor` as the wheel does.
TYPECHECK_TREE := $(VENV)/typecheck
typecheck: $(DEV)
	@rm -rf $(TYPECHECK_TREE) && mkdir -p $(TYPECHECK_TREE)/csemonitor && \
	  for f in $(GEN_DIR)/csemonitor/*; do ln -s $(CURDIR)/$$f $(TYPECHECK_TREE)/csemonitor/; done && \
	  for d in core server gateway client; do ln -s $(CURDIR)/$$d $(TYPECHECK_TREE)/csemonitor/$$d; done
	cd $(TYPECHECK_TREE) && $(CURDIR)/$(PY) -m mypy --config-file $(CURDIR)/pyproject.toml -p csemonitor

# The charts' library, vendored (no CDN at run time): uPlot, pinned by version and checksum.
UPLOT_VERSION := 1.6.31
UPLOT_SHA256 := 015d4be9095072922bc31d8c63f93bc1b7cd5b27d14d17a1708ff76775f9eb90
vendor-uplot:
	@tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent uplot@$(UPLOT_VERSION) >/dev/null && \
	  echo "$(UPLOT_SHA256)  uplot-$(UPLOT_VERSION).tgz" | sha256sum -c --quiet && tar xzf uplot-*.tgz && \
	  cp package/dist/uPlot.iife.min.js package/dist/uPlot.min.css $(CURDIR)/gateway/static/vendor/ && \
	  cp package/LICENSE $(CURDIR)/gateway/static/vendor/uPlot.LICENSE && rm -rf $$tmp && \
	  echo "gateway/static/vendor: uPlot $(UPLOT_VERSION)"

# Needs wrk and h2load (Debian packages wrk, nghttp2-client).
bench: $(DEV)
	@command -v wrk >/dev/null && command -v h2load >/dev/null || \
	  { echo "make bench needs wrk and h2load: apt-get install wrk nghttp2-client"; exit 1; }
	$(PY) -m bench.run

bench-dashboard: $(DEV)
	$(PY) -m bench.dashboard

bench-store: $(DEV)
	$(PY) -m bench.store

bench-packed: $(DEV)
	$(PY) -m bench.packed

bench-render: $(DEV)
	@test -x /usr/bin/chromium || { echo "make bench-render needs chromium: apt-get install chromium"; exit 1; }
	$(PY) -m bench.render

bench-remote: $(DEV)
	@command -v wrk >/dev/null && command -v h2load >/dev/null && command -v victoria-metrics >/dev/null || \
	  { echo "make bench-remote needs wrk, h2load and victoria-metrics: apt-get install wrk nghttp2-client victoria-metrics"; exit 1; }
	$(PY) -m bench.remote

# The container image with whichever engine is here (docker, podman or buildah); BASE sets its
# base image (default python:3.11-slim). Behind a TLS-intercepting proxy: IMAGE_CA=/path/ca.crt;
# IMAGE_FLAGS go to the build as they are (e.g. "--isolation chroot" for buildah without cgroups).
# ENGINE picks one (make image ENGINE=podman); Docker builds with BuildKit (its default since 23).
IMAGE ?= csemonitor:latest
ENGINE ?=
image:
	@engine=$${ENGINE:-$$(command -v docker || command -v podman || command -v buildah)} || \
	  { echo "make image needs docker, podman or buildah"; exit 1; }; \
	case $$engine in */docker) format="" ;; *) format="--format docker" ;; esac; \
	set -x; $$engine build $$format $(if $(BASE),--build-arg BASE=$(BASE)) \
	  $(if $(IMAGE_CA),--secret id=ca$(comma)src=$(IMAGE_CA)) $(IMAGE_FLAGS) -t $(IMAGE) -f Containerfile .

clean:
	rm -rf $(VENV) .pytest_cache
