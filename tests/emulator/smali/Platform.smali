.class public Lt/Platform;
.super Ljava/lang/Object;

# Environment, system properties and Build fields, asked the ways real apps ask.

.method public static env(Ljava/lang/String;)Ljava/lang/String;
    .registers 2
    invoke-static {p0}, Ljava/lang/System;->getenv(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method public static envCount()I
    .registers 2
    invoke-static {}, Ljava/lang/System;->getenv()Ljava/util/Map;
    move-result-object v0
    invoke-interface {v0}, Ljava/util/Map;->size()I
    move-result v1
    return v1
.end method

.method public static prop(Ljava/lang/String;)Ljava/lang/String;
    .registers 2
    invoke-static {p0}, Ljava/lang/System;->getProperty(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# Integer.getInteger(name, 7) after System.setProperty(name, value)
.method public static integerProp(Ljava/lang/String;Ljava/lang/String;)I
    .registers 4
    if-eqz p1, :unset
    invoke-static {p0, p1}, Ljava/lang/System;->setProperty(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    :unset
    const/4 v0, 0x7
    invoke-static {p0, v0}, Ljava/lang/Integer;->getInteger(Ljava/lang/String;I)Ljava/lang/Integer;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Integer;->intValue()I
    move-result v1
    return v1
.end method

.method public static booleanProp(Ljava/lang/String;)Z
    .registers 2
    invoke-static {p0}, Ljava/lang/Boolean;->getBoolean(Ljava/lang/String;)Z
    move-result v0
    return v0
.end method

# Build.class.getField(name).get(null).toString()
.method public static buildField(Ljava/lang/String;)Ljava/lang/String;
    .registers 4
    const-class v0, Landroid/os/Build;
    invoke-virtual {v0, p0}, Ljava/lang/Class;->getField(Ljava/lang/String;)Ljava/lang/reflect/Field;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Ljava/lang/reflect/Field;->get(Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# SystemProperties.get(key) through reflection, as apps reach the hidden API
.method public static sysprop(Ljava/lang/String;)Ljava/lang/String;
    .registers 7
    const-string v0, "android.os.SystemProperties"
    invoke-static {v0}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v0
    const/4 v1, 0x1
    new-array v1, v1, [Ljava/lang/Class;
    const/4 v2, 0x0
    const-class v3, Ljava/lang/String;
    aput-object v3, v1, v2
    const-string v3, "get"
    invoke-virtual {v0, v3, v1}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
    move-result-object v1
    const/4 v3, 0x1
    new-array v3, v3, [Ljava/lang/Object;
    aput-object p0, v3, v2
    const/4 v4, 0x0
    invoke-virtual {v1, v4, v3}, Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Ljava/lang/String;
    return-object v0
.end method

# Counts the events of an XmlPullParser over `xml` until END_DOCUMENT, and sums the depth
# at each START_TAG; returns count * 1000 + depths.
.method public static pullEvents(Ljava/lang/String;)I
    .registers 7
    invoke-static {}, Landroid/util/Xml;->newPullParser()Lorg/xmlpull/v1/XmlPullParser;
    move-result-object v0
    new-instance v1, Ljava/io/StringReader;
    invoke-direct {v1, p0}, Ljava/io/StringReader;-><init>(Ljava/lang/String;)V
    invoke-interface {v0, v1}, Lorg/xmlpull/v1/XmlPullParser;->setInput(Ljava/io/Reader;)V
    const/4 v2, 0x0
    const/4 v3, 0x0
    :loop
    invoke-interface {v0}, Lorg/xmlpull/v1/XmlPullParser;->next()I
    move-result v4
    add-int/lit8 v2, v2, 0x1
    const/4 v5, 0x1
    if-eq v4, v5, :done
    const/4 v5, 0x2
    if-ne v4, v5, :loop
    invoke-interface {v0}, Lorg/xmlpull/v1/XmlPullParser;->getDepth()I
    move-result v5
    add-int/2addr v3, v5
    goto :loop
    :done
    mul-int/lit16 v2, v2, 0x3e8
    add-int/2addr v2, v3
    return v2
.end method

# The value of attribute `name` of the first element named `tag` (null namespace)
.method public static pullAttr(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .registers 8
    invoke-static {}, Lorg/xmlpull/v1/XmlPullParserFactory;->newInstance()Lorg/xmlpull/v1/XmlPullParserFactory;
    move-result-object v0
    invoke-virtual {v0}, Lorg/xmlpull/v1/XmlPullParserFactory;->newPullParser()Lorg/xmlpull/v1/XmlPullParser;
    move-result-object v0
    new-instance v1, Ljava/io/StringReader;
    invoke-direct {v1, p0}, Ljava/io/StringReader;-><init>(Ljava/lang/String;)V
    invoke-interface {v0, v1}, Lorg/xmlpull/v1/XmlPullParser;->setInput(Ljava/io/Reader;)V
    :loop
    invoke-interface {v0}, Lorg/xmlpull/v1/XmlPullParser;->next()I
    move-result v2
    const/4 v3, 0x1
    if-eq v2, v3, :none
    const/4 v3, 0x2
    if-ne v2, v3, :loop
    invoke-interface {v0}, Lorg/xmlpull/v1/XmlPullParser;->getName()Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v3, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-eqz v3, :loop
    const/4 v3, 0x0
    invoke-interface {v0, v3, p2}, Lorg/xmlpull/v1/XmlPullParser;->getAttributeValue(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    return-object v3
    :none
    const/4 v3, 0x0
    return-object v3
.end method

# A server thread loops on accept(); the main thread goes on. Returns how many connections
# the loop handled (0: accept() blocks, it does not return at once).
.method public static serverLoop()I
    .registers 3
    new-instance v0, Ljava/net/ServerSocket;
    const/16 v1, 0x1f90
    invoke-direct {v0, v1}, Ljava/net/ServerSocket;-><init>(I)V
    const/4 v1, 0x0
    :loop
    invoke-virtual {v0}, Ljava/net/ServerSocket;->accept()Ljava/net/Socket;
    move-result-object v2
    add-int/lit8 v1, v1, 0x1
    sput v1, Lt/Platform;->accepted:I
    goto :loop
.end method

.field public static accepted:I

# setSoTimeout(100): accept() throws SocketTimeoutException; returns 1 when it did
.method public static acceptTimeout()I
    .registers 3
    :try_start
    new-instance v0, Ljava/net/ServerSocket;
    const/16 v1, 0x1f90
    invoke-direct {v0, v1}, Ljava/net/ServerSocket;-><init>(I)V
    const/16 v1, 0x64
    invoke-virtual {v0, v1}, Ljava/net/ServerSocket;->setSoTimeout(I)V
    invoke-virtual {v0}, Ljava/net/ServerSocket;->accept()Ljava/net/Socket;
    :try_end
    .catch Ljava/net/SocketTimeoutException; {:try_start .. :try_end} :timed_out
    const/4 v0, 0x0
    return v0
    :timed_out
    const/4 v0, 0x1
    return v0
.end method

# A HashMap keyed by a value class (Point overrides equals/hashCode): a second, equal key finds
# the first key's value.
.method public static valueKeys()Ljava/lang/String;
    .registers 5
    new-instance v0, Ljava/util/HashMap;
    invoke-direct {v0}, Ljava/util/HashMap;-><init>()V
    new-instance v1, Lt/Point;
    const/4 v2, 0x3
    invoke-direct {v1, v2}, Lt/Point;-><init>(I)V
    const-string v3, "found"
    invoke-interface {v0, v1, v3}, Ljava/util/Map;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    new-instance v1, Lt/Point;
    invoke-direct {v1, v2}, Lt/Point;-><init>(I)V
    invoke-interface {v0, v1}, Ljava/util/Map;->get(Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v4
    check-cast v4, Ljava/lang/String;
    return-object v4
.end method
