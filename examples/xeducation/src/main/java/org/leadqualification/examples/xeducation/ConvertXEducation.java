package org.leadqualification.examples.xeducation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.leadqualification.model.Lead;

/**
 * The command line: {@code java -jar xeducation.jar Leads.csv x-education.jsonl [--students-as-student]} converts the
 * X Education data with {@link XEducation} and prints how many leads were won and lost.
 */
public final class ConvertXEducation {

    private ConvertXEducation() {
    }

    /**
     * @param args the CSV file, the JSON Lines file to write, and optionally {@code --students-as-student}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments, as for {@link #main(String[])}
     * @param out  where the summary goes
     * @param err  where usage and errors go
     * @return the exit code: 0, 1 for an unreadable CSV, 2 for wrong arguments
     * @throws IOException if a file cannot be read or written
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<String> positional = new java.util.ArrayList<>();
        XEducation.Options.Builder options = XEducation.Options.builder();
        for (String arg : args) {
            if (arg.equals("--students-as-student")) {
                options.studentAsSeniority(true);
            } else if (arg.startsWith("-")) {
                positional.clear();
                break;
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 2) {
            err.println("usage: java -jar xeducation.jar Leads.csv OUT.jsonl [--students-as-student]");
            return 2;
        }
        List<Lead> leads;
        try {
            leads = XEducation.read(Path.of(positional.get(0)), options.build());
        } catch (XEducationFormatException e) {
            err.println(positional.get(0) + ": " + e.getMessage());
            return 1;
        }
        XEducation.write(leads, Path.of(positional.get(1)));
        long won = leads.stream().filter(l -> l.outcome().orElseThrow().isWon()).count();
        out.printf("%d leads (%d won, %d lost), created %s .. %s, written to %s%n", leads.size(), won,
                leads.size() - won,
                leads.stream().map(l -> l.createdAt().orElseThrow()).min(java.util.Comparator.naturalOrder())
                        .map(Object::toString).orElse("-"),
                leads.stream().map(l -> l.createdAt().orElseThrow()).max(java.util.Comparator.naturalOrder())
                        .map(Object::toString).orElse("-"),
                positional.get(1));
        return 0;
    }
}
