// Forecasting in JShell: run with `./wfm shell examples/jshell/forecast.jsh` from the repository root.
// The shared bank data: calls per 5 minutes of a North American bank's call centre, weekdays of spring 2003.
Path data = Path.of("../shared/data/bank-calls-2003-spring-5min.csv");
if (!Files.exists(data)) System.out.println("forecast.jsh: " + data.toAbsolutePath() + " is missing: run from the repository root");

// Read it and sum to 15-minute intervals. Weekends are absent: the centre is closed, which is not zero demand.
History history = History.read(data).aggregate(Duration.ofMinutes(15));
System.out.println(history);

// Backtest: forecast each of the last 4 weeks from the data before it, and compare with what happened.
// WAPE is the headline: sum of absolute interval errors over the sum of calls.
List<Accuracy> accuracies = Backtest.run(Forecasters.all(), history, 4, 7);
System.out.println(Backtest.markdown(accuracies));

// Forecast the week after the data, with an 80 % prediction interval.
Forecast next = Forecasters.auto().withLevel(0.8).forecast(history, LocalDate.of(2003, 5, 26), 7);
System.out.println(next);
next.calls().dailyTotals().forEach((day, calls) -> System.out.printf("%s %s %6.0f calls%n", day, day.getDayOfWeek(), calls));

// Write it as a Forecast CSV for `wfm staffing --input`.
Path out = Files.createTempDirectory("wfm-forecast").resolve("forecast.csv");
next.write(out);
System.out.println("wrote " + out);

// The check CI relies on: every method backtested, auto within 15 % WAPE, a forecast for the 4 open weekdays
// (Monday 26 May 2003 is Memorial Day, but the history cannot know) with bounds around it.
Accuracy auto = accuracies.stream().filter(a -> a.method().startsWith("auto")).findFirst().orElseThrow();
boolean ok = accuracies.size() == Forecasters.all().size() && auto.wape() < 0.15 &&
        next.calls().dates().size() == 5 && next.lower().isPresent() && Files.size(out) > 0;
System.out.println(ok ? "forecast.jsh: OK" : "forecast.jsh: FAILED");
/exit ok ? 0 : 1
