.class public Lt/Ops;
.super Ljava/lang/Object;

.method public static intOverflow()I
    .registers 2
    const v0, 0x7fffffff
    add-int/lit8 v0, v0, 0x1
    return v0
.end method

.method public static longMul()J
    .registers 4
    const-wide v0, 0x7fffffffffffffffL
    const-wide/16 v2, 0x2
    mul-long v0, v0, v2
    return-wide v0
.end method

.method public static divZero()I
    .registers 3
    const/4 v0, 0x1
    const/4 v1, 0x0
    :try_start
    div-int v2, v0, v1
    :try_end
    .catch Ljava/lang/ArithmeticException; {:try_start .. :try_end} :handler
    return v2
    :handler
    move-exception v0
    const/16 v2, 0x2a
    return v2
.end method

.method public static divTrunc()I
    .registers 4
    const/4 v0, -0x7
    const/4 v1, 0x2
    div-int v2, v0, v1
    rem-int v3, v0, v1
    mul-int/lit8 v2, v2, 0xa
    add-int/2addr v2, v3
    return v2
.end method

.method public static shifts()I
    .registers 3
    const/4 v0, -0x1
    const/16 v1, 0x21
    ushr-int v2, v0, v1
    return v2
.end method

.method public static nanToInt()I
    .registers 3
    const/4 v0, 0x0
    int-to-float v0, v0
    div-float v1, v0, v0
    float-to-int v2, v1
    return v2
.end method

.method public static bigToInt()I
    .registers 2
    const v0, 0x60ad78ec
    float-to-int v1, v0
    return v1
.end method

.method public static negBigToLong()J
    .registers 4
    const-wide v0, -0x3c20000000000000L
    double-to-long v2, v0
    return-wide v2
.end method

.method public static floatMath()F
    .registers 3
    const/high16 v0, 0x3fc00000
    const/high16 v1, 0x40000000
    mul-float v2, v0, v1
    return v2
.end method

.method public static addWide(JDI)J
    .registers 8
    double-to-long v0, p2
    add-long/2addr v0, p0
    int-to-long v2, p4
    add-long/2addr v0, v2
    return-wide v0
.end method

.method public static callWide()J
    .registers 6
    const-wide/16 v0, 0x64
    const-wide/high16 v2, 0x4024000000000000L
    const/4 v4, 0x3
    invoke-static {v0, v1, v2, v3, v4}, Lt/Ops;->addWide(JDI)J
    move-result-wide v0
    return-wide v0
.end method

.method public static tryFinally()I
    .registers 3
    const/4 v0, 0x1
    :try_start
    new-instance v1, Ljava/lang/RuntimeException;
    invoke-direct {v1}, Ljava/lang/RuntimeException;-><init>()V
    throw v1
    :try_end
    .catchall {:try_start .. :try_end} :finally
    :finally
    move-exception v1
    add-int/lit8 v0, v0, 0x10
    return v0
.end method

.method public static arrays()I
    .registers 6
    const/4 v0, 0x3
    new-array v1, v0, [I
    fill-array-data v1, :data
    const/4 v2, 0x0
    const/4 v3, 0x0
    :loop
    array-length v4, v1
    if-ge v3, v4, :done
    aget v5, v1, v3
    add-int/2addr v2, v5
    add-int/lit8 v3, v3, 0x1
    goto :loop
    :done
    :try_start
    aget v5, v1, v0
    :try_end
    .catch Ljava/lang/ArrayIndexOutOfBoundsException; {:try_start .. :try_end} :oob
    return v5
    :oob
    add-int/lit16 v2, v2, 0x3e8
    return v2
    :data
    .array-data 4
        0x1
        0x2
        0x3
    .end array-data
.end method

.method public static filled()I
    .registers 4
    const/4 v0, 0x4
    const/4 v1, 0x5
    filled-new-array {v0, v1}, [I
    move-result-object v2
    const/4 v3, 0x1
    aget v3, v2, v3
    return v3
.end method

.method public static packed(I)I
    .registers 2
    packed-switch p0, :table
    const/4 v0, -0x1
    return v0
    :one
    const/16 v0, 0xa
    return v0
    :two
    const/16 v0, 0x14
    return v0
    :table
    .packed-switch 0x1
        :one
        :two
    .end packed-switch
.end method

.method public static sparse(I)I
    .registers 2
    sparse-switch p0, :table
    const/4 v0, -0x1
    return v0
    :a
    const/4 v0, 0x1
    return v0
    :b
    const/4 v0, 0x2
    return v0
    :table
    .sparse-switch
        -0x64 -> :a
        0x3e8 -> :b
    .end sparse-switch
.end method

.method public static strings()Ljava/lang/String;
    .registers 4
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "n="
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    const/16 v2, 0x2a
    invoke-virtual {v0, v2}, Ljava/lang/StringBuilder;->append(I)Ljava/lang/StringBuilder;
    const/16 v2, 0x21
    invoke-virtual {v0, v2}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v3}, Ljava/lang/String;->toUpperCase()Ljava/lang/String;
    move-result-object v3
    return-object v3
.end method

.method public static monitorNull()I
    .registers 2
    const/4 v0, 0x0
    :try_start
    monitor-enter v0
    :try_end
    .catch Ljava/lang/NullPointerException; {:try_start .. :try_end} :npe
    const/4 v1, 0x0
    return v1
    :npe
    const/4 v1, 0x7
    return v1
.end method

.method public static badCast()I
    .registers 3
    const-string v0, "s"
    :try_start
    check-cast v0, Lt/Base;
    :try_end
    .catch Ljava/lang/ClassCastException; {:try_start .. :try_end} :cce
    const/4 v1, 0x0
    return v1
    :cce
    instance-of v2, v0, Ljava/lang/CharSequence;
    add-int/lit8 v2, v2, 0x4
    return v2
.end method

.method public static uncaught()V
    .registers 2
    new-instance v0, Ljava/lang/IllegalStateException;
    const-string v1, "boom"
    invoke-direct {v0, v1}, Ljava/lang/IllegalStateException;-><init>(Ljava/lang/String;)V
    throw v0
.end method

.method public static compares()I
    .registers 6
    const-wide/16 v0, -0x1
    const-wide/16 v2, 0x1
    cmp-long v4, v0, v2
    const/4 v0, 0x0
    int-to-float v0, v0
    div-float v1, v0, v0
    cmpl-float v5, v1, v0
    mul-int/lit8 v4, v4, 0xa
    add-int/2addr v4, v5
    return v4
.end method

.method public static dispatch()Ljava/lang/String;
    .registers 3
    new-instance v0, Lt/Sub;
    invoke-direct {v0}, Lt/Sub;-><init>()V
    invoke-virtual {v0}, Lt/Base;->name()Ljava/lang/String;
    move-result-object v1
    invoke-interface {v0}, Lt/Named;->tag()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method

.method public static initOrder()Ljava/lang/String;
    .registers 2
    new-instance v0, Lt/Sub;
    invoke-direct {v0}, Lt/Sub;-><init>()V
    sget-object v0, Lt/Base;->log:Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method

.method public static recurse(I)I
    .registers 2
    add-int/lit8 v0, p0, 0x1
    invoke-static {v0}, Lt/Ops;->recurse(I)I
    move-result v0
    return v0
.end method

.method public static spin()V
    .registers 1
    :top
    goto :top
.end method

# ArrayList.toArray(T[]) fills the given array when it is large enough, null after the end.
.method public static toArraySame()I
    .registers 6
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    const-string v1, "a"
    invoke-virtual {v0, v1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    invoke-virtual {v0, v1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    const/4 v2, 0x3
    new-array v2, v2, [Ljava/lang/Object;
    const/4 v5, 0x2
    aput-object v1, v2, v5
    invoke-virtual {v0, v2}, Ljava/util/ArrayList;->toArray([Ljava/lang/Object;)[Ljava/lang/Object;
    move-result-object v3
    const/4 v4, 0x0
    if-ne v3, v2, :other
    const/4 v4, 0x1
    :other
    const/4 v5, 0x2
    aget-object v5, v2, v5
    if-nez v5, :done
    add-int/lit8 v4, v4, 0x10
    :done
    return v4
.end method
