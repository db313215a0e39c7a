import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The Java SE answers the emulator's time models are checked against. Reads lines from stdin:
 * "format MILLIS ZONE PATTERN", "fields MILLIS ZONE", "add MILLIS ZONE FIELD AMOUNT",
 * "set MILLIS ZONE FIELD VALUE", "zone ID", "parse ZONE<tab>PATTERN<tab>TEXT" (two-digit years
 * from 1943-11-14, 80 years before the emulated clock's start); prints one answer line for each.
 */
public class TimeOracle {
    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.US);
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.split(" ", 4);
            switch (w[0]) {
                case "format": {
                    SimpleDateFormat f = new SimpleDateFormat(w[3], Locale.US);
                    f.setTimeZone(TimeZone.getTimeZone(w[2]));
                    System.out.println(f.format(new Date(Long.parseLong(w[1]))));
                    break;
                }
                case "fields": {
                    Calendar c = calendar(w[1], w[2]);
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < Calendar.FIELD_COUNT; i++) b.append(c.get(i)).append(' ');
                    System.out.println(b.toString().trim());
                    break;
                }
                case "add": case "set": {
                    String[] fv = w[3].split(" ");
                    Calendar c = calendar(w[1], w[2]);
                    if (w[0].equals("add")) c.add(Integer.parseInt(fv[0]), Integer.parseInt(fv[1]));
                    else c.set(Integer.parseInt(fv[0]), Integer.parseInt(fv[1]));
                    System.out.println(c.getTimeInMillis());
                    break;
                }
                case "parse": {
                    String[] p = line.substring(6).split("\t", 3);
                    SimpleDateFormat f = new SimpleDateFormat(p[1], Locale.US);
                    f.setTimeZone(TimeZone.getTimeZone(p[0]));
                    Calendar start = new GregorianCalendar(TimeZone.getTimeZone(p[0]), Locale.US);
                    start.clear();
                    start.set(1943, Calendar.NOVEMBER, 14);
                    f.set2DigitYearStart(start.getTime());
                    try {
                        System.out.println(f.parse(p[2]).getTime());
                    } catch (java.text.ParseException e) {
                        System.out.println("ParseException " + e.getMessage());
                    }
                    break;
                }
                case "zone": {
                    TimeZone z = TimeZone.getTimeZone(w[1]);
                    System.out.println(z.getID() + " " + z.getRawOffset());
                    break;
                }
                default: throw new IllegalArgumentException(line);
            }
        }
    }

    static Calendar calendar(String millis, String zone) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.US);
        c.setTimeInMillis(Long.parseLong(millis));
        return c;
    }
}
