from bot.shells.cli import main

raise SystemExit(main())
