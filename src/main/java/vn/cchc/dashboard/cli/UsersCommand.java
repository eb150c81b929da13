package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.domain.imports.UnitMatcher;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code users add|list|disable|reset-password}: the shared server's accounts, each a real database login, managed
 * by an administrator (or, for the first account, by the database's owner).
 */
@Command(name = "users", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class,
                UsersCommand.ResetPassword.class})
final class UsersCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new UsageException(root.messages().get("users.usage.missing"));
    }

    /** Opens the shared server; the embedded database has no accounts. */
    AppContext open() {
        if (!root.address().onServer()) {
            throw AppException.invalidInput("accounts.error.embedded");
        }
        return root.openContext();
    }

    static String roleName(AccountRole role, Messages messages) {
        return messages.get("accounts.role." + role.name());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "param.login")
        String login;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "option.account-name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "option.account-role")
        String role;

        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.account-unit")
        String unit;

        @Override
        public Integer call() {
            Messages messages = users.root.messages();
            AccountRole chosen = AccountRole.parse(role);
            if (chosen == null) {
                throw AppException.invalidInput("accounts.error.role", role);
            }
            if (chosen != AccountRole.UNIT && unit != null) {
                throw AppException.invalidInput("accounts.error.unitNotForRole", roleName(chosen, messages));
            }
            try (AppContext context = users.open()) {
                Unit found = chosen == AccountRole.UNIT ? unit(context) : null;
                String password = context.accounts().add(login, name, chosen, found == null ? null : found.id());
                PrintWriter out = users.root.environment().out();
                out.println(messages.format("users.added", Account.requireLogin(login), name.strip(),
                        found == null ? roleName(chosen, messages) : roleName(chosen, messages) + " – " + found.name()));
                out.println(messages.format("users.password", password));
            }
            return ExitCode.OK;
        }

        private Unit unit(AppContext context) {
            if (unit == null) {
                throw AppException.invalidInput("accounts.error.unitNeeded");
            }
            int year = LocalDate.now(context.clock()).getYear();
            return new UnitMatcher(context.units().units(), year).match(unit)
                    .orElseThrow(() -> AppException.invalidInput("form.unknownUnit", unit));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            Messages messages = users.root.messages();
            PrintWriter out = users.root.environment().out();
            try (AppContext context = users.open()) {
                List<Account> accounts = context.accounts().list();
                Map<Long, String> units = context.units().units().stream()
                        .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
                if (accounts.isEmpty()) {
                    out.println(messages.get("users.none"));
                } else {
                    out.println(String.join("\t", messages.get("accounts.column.login"), messages.get("accounts.column.name"),
                            messages.get("accounts.column.role"), messages.get("accounts.column.state")));
                }
                for (Account a : accounts) {
                    String role = roleName(a.role(), messages) + (a.unitId() == null ? "" : " – " + units.get(a.unitId()));
                    out.println(String.join("\t", a.login(), a.fullName(), role,
                            messages.get(a.disabled() ? "accounts.state.disabled" : "accounts.state.active")));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "param.login")
        String login;

        @Override
        public Integer call() {
            return users.change(context -> {
                context.accounts().disable(login);
                return users.root.messages().format("users.disabled", login);
            });
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ResetPassword implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "param.login")
        String login;

        @Override
        public Integer call() {
            return users.change(context -> users.root.messages().format("users.passwordReset", login,
                    context.accounts().resetPassword(login)));
        }
    }

    private int change(Function<AppContext, String> work) {
        try (AppContext context = open()) {
            root.environment().out().println(work.apply(context));
        }
        return ExitCode.OK;
    }
}
