.class public Lt/Time;
.super Ljava/lang/Object;

# The clock, calendar, zone and locale as apps read them (time bombs, log stamps, locale checks).

# new Date().toString()
.method public static now()Ljava/lang/String;
    .registers 1
    new-instance v0, Ljava/util/Date;
    invoke-direct {v0}, Ljava/util/Date;-><init>()V
    invoke-virtual {v0}, Ljava/util/Date;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# new SimpleDateFormat(pattern, Locale.US).format(new Date())
.method public static stamp(Ljava/lang/String;)Ljava/lang/String;
    .registers 4
    new-instance v0, Ljava/text/SimpleDateFormat;
    sget-object v1, Ljava/util/Locale;->US:Ljava/util/Locale;
    invoke-direct {v0, p0, v1}, Ljava/text/SimpleDateFormat;-><init>(Ljava/lang/String;Ljava/util/Locale;)V
    new-instance v1, Ljava/util/Date;
    invoke-direct {v1}, Ljava/util/Date;-><init>()V
    invoke-virtual {v0, v1}, Ljava/text/DateFormat;->format(Ljava/util/Date;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# Calendar.getInstance().get(Calendar.YEAR)
.method public static year()I
    .registers 2
    invoke-static {}, Ljava/util/Calendar;->getInstance()Ljava/util/Calendar;
    move-result-object v0
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Ljava/util/Calendar;->get(I)I
    move-result v0
    return v0
.end method

# Locale l = Locale.getDefault(); l + " " + l.getLanguage() + " " + l.getCountry()
.method public static locale()Ljava/lang/String;
    .registers 4
    invoke-static {}, Ljava/util/Locale;->getDefault()Ljava/util/Locale;
    move-result-object v0
    new-instance v1, Ljava/lang/StringBuilder;
    invoke-direct {v1}, Ljava/lang/StringBuilder;-><init>()V
    invoke-virtual {v0}, Ljava/util/Locale;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v3, " "
    invoke-virtual {v1, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/util/Locale;->getLanguage()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v1, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/util/Locale;->getCountry()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# Calendar c = new GregorianCalendar(y, m, d); c.add(Calendar.MONTH, 1);
# new SimpleDateFormat("yyyy-MM-dd").format(c.getTime())
.method public static plusMonth(III)Ljava/lang/String;
    .registers 6
    new-instance v0, Ljava/util/GregorianCalendar;
    invoke-direct {v0, p0, p1, p2}, Ljava/util/GregorianCalendar;-><init>(III)V
    const/4 v1, 0x2
    const/4 v2, 0x1
    invoke-virtual {v0, v1, v2}, Ljava/util/Calendar;->add(II)V
    new-instance v1, Ljava/text/SimpleDateFormat;
    const-string v2, "yyyy-MM-dd"
    invoke-direct {v1, v2}, Ljava/text/SimpleDateFormat;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/util/Calendar;->getTime()Ljava/util/Date;
    move-result-object v0
    invoke-virtual {v1, v0}, Ljava/text/DateFormat;->format(Ljava/util/Date;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# try { new SimpleDateFormat("yyyy-bb"); return "none"; } catch (IllegalArgumentException e) { return e.getMessage(); }
.method public static badPattern()Ljava/lang/String;
    .registers 2
    :try_start
    new-instance v0, Ljava/text/SimpleDateFormat;
    const-string v1, "yyyy-bb"
    invoke-direct {v0, v1}, Ljava/text/SimpleDateFormat;-><init>(Ljava/lang/String;)V
    :try_end
    .catch Ljava/lang/IllegalArgumentException; {:try_start .. :try_end} :bad
    const-string v0, "none"
    return-object v0
    :bad
    move-exception v0
    invoke-virtual {v0}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# try { return new Date().after(new SimpleDateFormat("yyyy-MM-dd").parse(day)) ? 1 : 0; }
# catch (ParseException e) { return -1; }
.method public static after(Ljava/lang/String;)I
    .registers 4
    :try_start
    new-instance v0, Ljava/text/SimpleDateFormat;
    const-string v1, "yyyy-MM-dd"
    invoke-direct {v0, v1}, Ljava/text/SimpleDateFormat;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, p0}, Ljava/text/DateFormat;->parse(Ljava/lang/String;)Ljava/util/Date;
    move-result-object v0
    :try_end
    .catch Ljava/text/ParseException; {:try_start .. :try_end} :unparseable
    new-instance v1, Ljava/util/Date;
    invoke-direct {v1}, Ljava/util/Date;-><init>()V
    invoke-virtual {v1, v0}, Ljava/util/Date;->after(Ljava/util/Date;)Z
    move-result v0
    return v0
    :unparseable
    const/4 v0, -0x1
    return v0
.end method
