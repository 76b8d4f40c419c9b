# Two commands matter: `make run` and `make test`. Everything else here is what they need, done once.
# Each step leaves a stamp, so a second run on a set-up machine only checks and goes.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .make

# Debian 12 package names; README.md lists what each is for and the names on other systems.
SYSTEM_PACKAGES := python3-venv \
	libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libxkbcommon0 libegl1 libgl1 libfontconfig1 \
	libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
	libpulse0 libvlc5 vlc-plugin-base vlc-plugin-video-output \
	libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng libcups2 \
	xvfb xauth postgresql poppler-utils desktop-file-utils appstream

.PHONY: run test lint bench bytecode core-test system-deps clean screenshots translations icons

run: $(STAMPS)/venv bytecode
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
		echo "No display here: starting on a virtual screen (xvfb-run). Use 'sciatica-desktop screenshot' to see pages."; \
		xvfb-run -a -s "-screen 0 1280x800x24" $(PY) -m sciatica_desktop $(ARGS); \
	else $(PY) -m sciatica_desktop $(ARGS); fi

test: lint core-test bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMPS)/venv
	$(VENV)/bin/ruff check sciatica_desktop tests
	$(VENV)/bin/mypy sciatica_desktop/domain sciatica_desktop/storage
	$(VENV)/bin/lint-imports

# The domain tests again, in an environment where PySide6, peewee and VLC are not even installed.
core-test: $(STAMPS)/venv-core
	PYTHONPATH=. .venv-core/bin/python -m pytest -p no:cacheprovider \
		-c /dev/null --rootdir=. tests/unit/domain -q

bench: $(STAMPS)/venv bytecode
	$(PY) -m tests.bench

# Draw the window icon's PNGs from assets/icons/sciatica-desktop.svg (run after changing the SVG).
icons: $(STAMPS)/venv
	$(PY) -m sciatica_desktop.commands.render_icons

# Update the .ts files from the tr() texts (lupdate keeps the translations already there); compile each .qm.
translations: $(STAMPS)/venv
	$(VENV)/bin/pyside6-lupdate -extensions py sciatica_desktop -ts $(wildcard sciatica_desktop/translations/*.ts)
	$(VENV)/bin/pyside6-lrelease $(wildcard sciatica_desktop/translations/*.ts)

# An editable install has no compiled bytecode, and where PYTHONDONTWRITEBYTECODE is set (CI images often
# do) Python never writes any: every start would compile all ~90 modules again (~40 ms). compileall only
# rewrites what changed, so this costs a few milliseconds on a set-up machine.
bytecode: $(STAMPS)/venv
	@$(PY) -m compileall -q sciatica_desktop

$(STAMPS)/system: Makefile
	@mkdir -p $(STAMPS)
	@missing=$$(dpkg-query -W -f='$${Package} $${db:Status-Status}\n' $(SYSTEM_PACKAGES) 2>/dev/null \
		| awk '$$2 != "installed" {print $$1}'; \
		for p in $(SYSTEM_PACKAGES); do dpkg-query -W $$p >/dev/null 2>&1 || echo $$p; done); \
	missing=$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' '); \
	if [ -z "$$(echo $$missing | tr -d ' ')" ]; then echo "System packages: all present."; \
	elif ! command -v apt-get >/dev/null; then echo "Not a Debian system: install the packages listed in README.md."; \
	elif [ "$$(id -u)" != 0 ]; then echo "Missing system packages (run as root or install them): $$missing"; \
	else echo "Installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi
	@touch $@

$(STAMPS)/venv: pyproject.toml $(STAMPS)/system
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $@

$(STAMPS)/venv-core: $(STAMPS)/system
	@[ -x .venv-core/bin/python ] || $(PYTHON) -m venv .venv-core
	.venv-core/bin/python -m pip install -q --disable-pip-version-check pytest
	@touch $@

clean:
	rm -rf $(VENV) .venv-core $(STAMPS)
