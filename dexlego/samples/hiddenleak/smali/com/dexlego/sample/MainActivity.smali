.class public Lcom/dexlego/sample/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

# The leak hides twice: the sink lives only in assets/payload.dex, loaded at run time,
# and is reached only through reflection (Method.invoke).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 12
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    :try_start
    invoke-virtual {p0}, Lcom/dexlego/sample/MainActivity;->getAssets()Landroid/content/res/AssetManager;
    move-result-object v0
    const-string v1, "payload.dex"
    invoke-virtual {v0, v1}, Landroid/content/res/AssetManager;->open(Ljava/lang/String;)Ljava/io/InputStream;
    move-result-object v0
    invoke-virtual {v0}, Ljava/io/InputStream;->available()I
    move-result v1
    new-array v1, v1, [B
    invoke-virtual {v0, v1}, Ljava/io/InputStream;->read([B)I
    invoke-virtual {v0}, Ljava/io/InputStream;->close()V

    new-instance v2, Ldalvik/system/InMemoryDexClassLoader;
    invoke-static {v1}, Ljava/nio/ByteBuffer;->wrap([B)Ljava/nio/ByteBuffer;
    move-result-object v3
    invoke-virtual {p0}, Lcom/dexlego/sample/MainActivity;->getClassLoader()Ljava/lang/ClassLoader;
    move-result-object v4
    invoke-direct {v2, v3, v4}, Ldalvik/system/InMemoryDexClassLoader;-><init>(Ljava/nio/ByteBuffer;Ljava/lang/ClassLoader;)V

    const-string v3, "com.dexlego.payload.Courier"
    invoke-virtual {v2, v3}, Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v3
    invoke-virtual {v3}, Ljava/lang/Class;->newInstance()Ljava/lang/Object;
    move-result-object v4

    const-string v5, "deliver"
    const/4 v6, 0x1
    new-array v6, v6, [Ljava/lang/Class;
    const/4 v7, 0x0
    const-class v8, Ljava/lang/String;
    aput-object v8, v6, v7
    invoke-virtual {v3, v5, v6}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
    move-result-object v5

    const-string v6, "phone"
    invoke-virtual {p0, v6}, Lcom/dexlego/sample/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v6
    check-cast v6, Landroid/telephony/TelephonyManager;
    invoke-virtual {v6}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v6

    const/4 v7, 0x1
    new-array v7, v7, [Ljava/lang/Object;
    const/4 v8, 0x0
    aput-object v6, v7, v8
    invoke-virtual {v5, v4, v7}, Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;
    :try_end
    .catch Ljava/lang/Exception; {:try_start .. :try_end} :handler

    :done
    return-void

    :handler
    move-exception v0
    goto :done
.end method
