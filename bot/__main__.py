from bot.shells.start import main

raise SystemExit(main())
