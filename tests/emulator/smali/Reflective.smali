.class public Lt/Reflective;
.super Ljava/lang/Object;

# Reflection on a framework method the app never references in full (no method_id names
# ClassLoader.loadClass here): its signature must come from the Android API description.
.method public static loaderMethodReturns()Ljava/lang/String;
    .registers 6
    const-class v0, Ljava/lang/ClassLoader;
    const-string v1, "loadClass"
    const/4 v2, 0x1
    new-array v2, v2, [Ljava/lang/Class;
    const/4 v3, 0x0
    const-class v4, Ljava/lang/String;
    aput-object v4, v2, v3
    invoke-virtual {v0, v1, v2}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/reflect/Method;->getReturnType()Ljava/lang/Class;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Class;->getName()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
