.class public Lfix/A;
.super Ljava/lang/Object;

.method public static tryit(I)I
    .registers 4
    :start
    const/4 v0, 0x1
    div-int v1, p0, v0
    invoke-static {v1}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    :end
    return v1
    :handler
    const/4 v1, -0x1
    return v1
    :all
    const/4 v1, -0x2
    return v1
    .catch Ljava/lang/ArithmeticException; {:start .. :end} :handler
    .catch Ljava/lang/IllegalStateException; {:start .. :end} :handler
    .catchall {:start .. :end} :all
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public plain(JLjava/lang/String;)Ljava/lang/String;
    .registers 5
    return-object p3
.end method
