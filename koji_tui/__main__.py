from koji_tui.cli import main

raise SystemExit(main())
